using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// Reads one value of a price list product at the reader's token, leaving the reader on its last token; a value of
/// another form gives <see langword="null"/> and the problem to report at the token.
/// </summary>
internal static partial class PriceListValues
{
    // Klikoo writes rupiah as digits ("20500" in every request sample) and shows them with dots ("S10 Tsel 10.000");
    // the emulator's list sends a JSON number. Anything else (a fraction, a sign, "Rp", a comma) is refused, not guessed.
    public static long? Price(ref Utf8JsonReader reader, out string? problem)
    {
        var number = reader.TokenType == JsonTokenType.Number;
        var text = number ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.TokenType == JsonTokenType.String ? Text(ref reader, out problem) : null;
        var shown = reader.TokenType == JsonTokenType.String ? $"\"{OneLineText.Of(text ?? "", 30)}\"" : Describe(ref reader);
        reader.Skip();
        if (text is null || !(number ? Digits().IsMatch(text) : DigitsOrDottedThousands().IsMatch(text)))
        {
            problem = $"'agent_price' must be whole rupiah, as 10100, \"10100\" or \"10.100\", not {shown}";
            return null;
        }

        var valid = long.TryParse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var price)
            && price is >= 1 and <= FixtureLimits.MaxRupiah;
        problem = valid ? null : $"'agent_price' must be from 1 to {FixtureLimits.MaxRupiah} rupiah, not {shown}";
        return valid ? price : null;
    }

    // The price list's search sends enable as "true"/"false" (docs/open-api.md#on-the-emulator); a body, as a boolean.
    public static bool? Enable(ref Utf8JsonReader reader, out string? problem)
    {
        var text = reader.TokenType == JsonTokenType.String ? Text(ref reader, out _) : null;
        bool? enable = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ when text is "true" or "false" => text == "true",
            _ => null,
        };
        problem = enable is null ? $"'enable' must be true or false, not {Describe(ref reader)}" : null;
        reader.Skip();
        return enable;
    }

    /// <summary>A JSON string's text; <see langword="null"/> for another token, or a string .NET cannot hold as text.</summary>
    public static string? Text(ref Utf8JsonReader reader, out string? problem)
    {
        problem = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            problem = $"must be a string, not {Describe(ref reader)}";
            reader.Skip();
            return null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            problem = "this string is not valid text (bad UTF-8, or an unpaired \\u surrogate escape)";
            return null;
        }
    }

    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + OneLineText.Of(Encoding.UTF8.GetString(reader.ValueSpan), 30),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+)$")]
    private static partial Regex DigitsOrDottedThousands();

    // Compares the property name as written (escapes decoded) without making a string of every unknown one.
    public static string? Named(ref Utf8JsonReader reader, string[] names)
    {
        foreach (var name in names)
        {
            if (reader.ValueTextEquals(name))
            {
                return name;
            }
        }

        return null;
    }
}
