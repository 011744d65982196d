using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// Reads a saved <c>POST products</c> response body, or a JSON array of them (one per page), into price list rows
/// (docs/fixtures.md#import-a-price-list). Every problem is an error at its file:line:column; a JSON syntax error
/// ends the reading there. Fields the emulator does not serve from (<c>updated_at</c>, rates, <c>meta</c>) are skipped.
/// </summary>
internal sealed partial class PriceListReader
{
    private static readonly string[] EnvelopeFields = ["response_code", "response_message", "data"];
    private static readonly string[] ProductFields = ["code", "name", "category", "agent_price", "enable"];
    private readonly string _file;
    private readonly JsonLineIndex _lines;
    private readonly List<PriceListRow> _rows = [];
    private readonly List<FixtureError> _errors = [];

    private PriceListReader(string file, byte[] json)
    {
        _file = file;
        _lines = new JsonLineIndex(json);
    }

    public static PriceListRead Read(string file, byte[] json)
    {
        // Utf8JsonReader does not skip a byte order mark; editors on Windows write one.
        var text = json.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? json[3..] : json;
        var reader = new PriceListReader(file, text);
        var tokens = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            reader.ReadRoot(ref tokens);
        }
        catch (JsonException ex)
        {
            var (line, column) = reader._lines.At(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var message = ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].Replace(" Change the reader options.", "", StringComparison.Ordinal);
            // The reader's message may quote the bad text, line breaks included.
            reader._errors.Add(new FixtureError(file, line, column, $"not valid JSON: {OneLineText.Of(message, 200)}"));
        }

        var rows = reader.WithoutDuplicates();
        return new PriceListRead(rows, [.. reader._errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
    }

    private void ReadRoot(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            Error(0, "the file is empty: expected the JSON body of POST products");
            return;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ReadPage(ref reader);
                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadPage(ref reader);
                    }
                    else
                    {
                        Error(reader.TokenStartIndex, $"each page must be a POST products response object, not {PriceListValues.Describe(ref reader)}");
                        reader.Skip();
                    }
                }

                break;
            default:
                Error(reader.TokenStartIndex, $"expected a POST products response object, or an array of them, not {PriceListValues.Describe(ref reader)}");
                break;
        }

        reader.Read(); // anything after the first value is a syntax error the reader reports
    }

    private void ReadPage(ref Utf8JsonReader reader)
    {
        var at = reader.TokenStartIndex;
        (string? Text, long At) code = (null, at);
        string? message = null;
        List<PriceListRow>? products = null;
        (long At, string Message)? dataProblem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PriceListValues.Named(ref reader, EnvelopeFields);
            reader.Read();
            switch (name)
            {
                case "data" when reader.TokenType != JsonTokenType.StartArray:
                    dataProblem = (reader.TokenStartIndex, $"'data' must be the array of products, not {PriceListValues.Describe(ref reader)}");
                    reader.Skip();
                    break;
                case "response_code" or "response_message" when reader.TokenType != JsonTokenType.String:
                    Error(reader.TokenStartIndex, $"'{name}' must be a string, not {PriceListValues.Describe(ref reader)}");
                    reader.Skip();
                    break;
                case "response_code":
                    code = (PriceListValues.Text(ref reader, out _), reader.TokenStartIndex);
                    break;
                case "response_message":
                    message = PriceListValues.Text(ref reader, out _);
                    break;
                case "data":
                    products = ReadProducts(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // docs/open-api.md#response-codes: a success is 2xx in the code's first three digits; an error body has no products.
        if (code.Text is null && dataProblem is null && products is null)
        {
            Error(at, "not a POST products response: no 'response_code' and no 'data' (expected {\"response_code\":\"200042000\",\"response_message\":\"Sukses\",\"data\":[...]})");
        }
        else if (code.Text is null)
        {
            Error(at, "not a POST products response: no 'response_code' (expected {\"response_code\":\"200042000\",\"response_message\":\"Sukses\",\"data\":[...]})");
        }
        else if (!SuccessCode().IsMatch(code.Text))
        {
            Error(code.At, $"response_code '{OneLineText.Of(code.Text, 20)}' ({OneLineText.Of(message ?? "", 60)}) is a refusal, not a price list; save a successful response");
        }
        else if (dataProblem is { } problem)
        {
            Error(problem.At, problem.Message);
        }
        else if (products is null)
        {
            Error(at, "no 'data' array of products in this response");
        }
        else
        {
            _rows.AddRange(products);
        }
    }

    private List<PriceListRow> ReadProducts(ref Utf8JsonReader reader)
    {
        var products = new List<PriceListRow>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(reader.TokenStartIndex, $"a product must be a JSON object, not {PriceListValues.Describe(ref reader)}");
                reader.Skip();
            }
            else if (ReadProduct(ref reader) is { } row)
            {
                products.Add(row);
            }
        }

        return products;
    }

    private PriceListRow? ReadProduct(ref Utf8JsonReader reader)
    {
        var at = reader.TokenStartIndex;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var codeAt = at;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = PriceListValues.Named(ref reader, ProductFields);
            reader.Read();
            var valueAt = reader.TokenStartIndex;
            string? problem = null;
            object? value = field switch
            {
                null => null,
                _ when values.ContainsKey(field) => null,
                "agent_price" => PriceListValues.Price(ref reader, out problem),
                "enable" => PriceListValues.Enable(ref reader, out problem),
                "name" when reader.TokenType == JsonTokenType.Null => "",
                _ => PriceListValues.Text(ref reader, out problem),
            };
            if (field is null || values.ContainsKey(field))
            {
                problem = field is null ? null : "appears twice in this product";
                reader.Skip();
            }
            else
            {
                codeAt = field == "code" ? valueAt : codeAt;
                values[field] = value;
            }

            if (problem is not null)
            {
                Error(valueAt, problem.StartsWith('\'') ? problem : $"'{field}' {problem}");
            }
        }

        var missing = Array.FindAll(["code", "category", "agent_price"], required => !values.ContainsKey(required));
        foreach (var required in missing)
        {
            Error(at, $"this product has no '{required}'");
        }

        if (missing.Length > 0 || values.ContainsValue(null))
        {
            return null;
        }

        var (line, column) = _lines.At(codeAt);
        return new PriceListRow((string)values["code"]!, (string?)values.GetValueOrDefault("name") ?? "", (string)values["category"]!,
            (long)values["agent_price"]!, (bool?)values.GetValueOrDefault("enable") ?? true, line, column);
    }

    private IReadOnlyList<PriceListRow> WithoutDuplicates()
    {
        var first = new Dictionary<string, PriceListRow>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            if (!first.TryAdd(row.Code, row))
            {
                var earlier = first[row.Code];
                _errors.Add(new FixtureError(_file, row.Line, row.Column,
                    $"product code '{OneLineText.Of(row.Code, 30)}' again; the first is at line {earlier.Line}, column {earlier.Column}"));
            }
        }

        return [.. first.Values];
    }

    private long? Error(long offset, string message)
    {
        var (line, column) = _lines.At(offset);
        _errors.Add(new FixtureError(_file, line, column, message));
        return null;
    }

    [GeneratedRegex("^2[0-9]{8}$")]
    private static partial Regex SuccessCode();
}
