using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Expands a client's callback template (SPEC B): <c>{message}</c> is the URL-encoded final line without its
/// <c>&amp;refid=</c> tail, <c>{refid}</c> the ref_id.
/// </summary>
internal static class CallbackUrl
{
    public const string Message = "{message}";
    public const string RefId = "{refid}";

    public static Uri Expand(string template, TransactionLine line)
    {
        var text = line.Format();
        var tail = "&refid=" + line.RefId;
        var message = text.EndsWith(tail, StringComparison.Ordinal) ? text[..^tail.Length] : text;
        return new Uri(template
            .Replace(Message, Uri.EscapeDataString(message), StringComparison.Ordinal)
            .Replace(RefId, Uri.EscapeDataString(line.RefId), StringComparison.Ordinal));
    }
}
