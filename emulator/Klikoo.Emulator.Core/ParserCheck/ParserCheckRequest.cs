namespace Klikoo.Emulator.ParserCheck;

/// <summary>The body of <c>POST /__admin/parser-check</c>: an Otomax terminal's patterns, each optional (docs/otomax.md#check-your-parser).</summary>
/// <param name="Sn">The SN pattern; the value is its group <c>sn</c>.</param>
/// <param name="Price">The price pattern; the value is its group <c>price</c>.</param>
/// <param name="Saldo">The balance pattern; the value is its group <c>saldo</c>.</param>
public sealed record ParserCheckRequest(string? Sn, string? Price, string? Saldo)
{
    public const string NoPattern = "Give at least one of sn, price or saldo.";

    /// <summary>The patterns given, compiled; or, per field, why one is refused. Never throws.</summary>
    public (IReadOnlyList<ParserPattern> Patterns, IReadOnlyDictionary<ParserField, string> Problems) Compile()
    {
        var patterns = new List<ParserPattern>();
        var problems = new Dictionary<ParserField, string>();
        foreach (var (field, text) in new[] { (ParserField.Sn, Sn), (ParserField.Price, Price), (ParserField.Saldo, Saldo) })
        {
            if (text is null)
            {
                continue;
            }

            if (ParserPattern.TryCreate(field, text, out var pattern, out var problem))
            {
                patterns.Add(pattern);
            }
            else
            {
                problems[field] = problem;
            }
        }

        return (patterns, problems);
    }
}
