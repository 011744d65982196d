using System.Buffers;

namespace Klikoo.Emulator.Orders;

/// <summary>
/// Makes a value sent by the caller safe to echo into a line (docs/klikoo-interface.md#decisions, issue: no CR/LF or control characters
/// can split it): printable ASCII without spaces only, anything else as <c>?</c>, cut to a sane length.
/// </summary>
internal static class EchoText
{
    public const int DefaultMaxLength = 64;

    private const int CodeMaxLength = 32;

    private static readonly SearchValues<char> Printable = SearchValues.Create(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).ToArray());

    // A product code ends at '.' or ' ' in a line (docs/klikoo-interface.md#transaction-reports), so only these may be echoed where one stands.
    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static string Of(string? value, int maxLength = DefaultMaxLength) => Echo(value, maxLength, Printable);

    /// <summary>Echoes a product code: letters, digits, '_' and '-' only, so it cannot end its field early.</summary>
    public static string Code(string? value) => Echo(value, CodeMaxLength, CodeCharacters);

    private static string Echo(string? value, int maxLength, SearchValues<char> allowed)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var span = value.AsSpan(0, Math.Min(value.Length, maxLength));
        if (!span.ContainsAnyExcept(allowed))
        {
            return span.Length == value.Length ? value : new string(span);
        }

        return string.Create(span.Length, (value, allowed), static (target, state) =>
        {
            for (var i = 0; i < target.Length; i++)
            {
                var c = state.value[i];
                target[i] = state.allowed.Contains(c) ? c : '?';
            }
        });
    }
}
