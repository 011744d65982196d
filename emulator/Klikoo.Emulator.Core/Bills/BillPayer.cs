using System.Globalization;

namespace Klikoo.Emulator.Bills;

/// <summary>Who paid a bill: the client and the <c>partner_reference_id</c> of its payment (its transaction's key).</summary>
internal sealed record BillPayer(string ClientId, string RefId)
{
    /// <summary>One string, the client id's length first so no client id and reference spell another pair.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{ClientId.Length}:{ClientId}:{RefId}");

    public static BillPayer? Parse(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 1 || !int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ||
            text!.Length < colon + 1 + length + 1 || text[colon + 1 + length] != ':')
        {
            return null;
        }

        return new(text.Substring(colon + 1, length), text[(colon + 2 + length)..]);
    }
}
