namespace Klikoo.Emulator.Commands;

/// <summary>
/// Text from a price list made safe to show on one line, in a report or a YAML comment: line breaks (YAML 1.1 also
/// breaks at U+0085, U+2028 and U+2029), control characters and what YAML may not carry become spaces; cut to a length.
/// </summary>
internal static class OneLineText
{
    public static string Of(string value, int maxLength = 80)
    {
        var cut = value.Length > maxLength ? string.Concat(value.AsSpan(0, maxLength), "…") : value;
        return string.Create(cut.Length, cut, static (target, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                target[i] = !paired || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' ? ' ' : c;
            }
        });
    }
}
