namespace Klikoo.Emulator.Requests;

/// <summary>
/// Makes a value sent by the caller safe to echo into a line (SPEC B, issue: no CR/LF or control characters
/// can split it): printable ASCII without spaces only, anything else as <c>?</c>, cut to a sane length.
/// </summary>
internal static class EchoText
{
    public const int DefaultMaxLength = 64;

    public static string Of(string? value, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var span = value.AsSpan(0, Math.Min(value.Length, maxLength));
        if (!span.ContainsAnyExceptInRange('!', '~'))
        {
            return span.Length == value.Length ? value : new string(span);
        }

        return string.Create(span.Length, value, static (target, source) =>
        {
            for (var i = 0; i < target.Length; i++)
            {
                var c = source[i];
                target[i] = c is >= '!' and <= '~' ? c : '?';
            }
        });
    }
}
