namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// Whether two rules could match the same request. Exact where it can be (products, amounts, clients, exact,
/// prefix and suffix matches); two regular expressions are assumed to overlap, since that cannot be decided cheaply.
/// </summary>
internal static class ScenarioOverlap
{
    public static bool MayOverlap(ScenarioRule a, ScenarioRule b) =>
        DecideTheSame(a, b) &&
        (a.Products is null || b.Products is null || a.Products.Overlaps(b.Products)) &&
        (a.MinAmount ?? long.MinValue) <= (b.MaxAmount ?? long.MaxValue) &&
        (b.MinAmount ?? long.MinValue) <= (a.MaxAmount ?? long.MaxValue) &&
        (a.ClientId is null || b.ClientId is null || a.ClientId == b.ClientId) &&
        MayOverlap(a.Destination, b.Destination) &&
        MayOverlap(a.RefId, b.RefId);

    // Rules compete only for what both decide: a buy rule and an inquiry-only rule never do.
    private static bool DecideTheSame(ScenarioRule a, ScenarioRule b) =>
        (a.Buy is not null && b.Buy is not null) ||
        (a.InquiryFailure is not null && b.InquiryFailure is not null) ||
        (a.Fault is not null && b.Fault is not null && a.Fault.Operations.Overlaps(b.Fault.Operations));

    private static bool MayOverlap(TextMatch? a, TextMatch? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        // An exact value either matches the other rule's conditions or it does not.
        if (a.Exact is not null)
        {
            return b.Matches(a.Exact) && a.Matches(a.Exact);
        }

        if (b.Exact is not null)
        {
            return a.Matches(b.Exact);
        }

        return Compatible(a.Prefix, b.Prefix, static (x, y) => x.StartsWith(y, StringComparison.Ordinal)) &&
               Compatible(a.Suffix, b.Suffix, static (x, y) => x.EndsWith(y, StringComparison.Ordinal));
    }

    // Two prefixes (or suffixes) can both hold only when one extends the other.
    private static bool Compatible(string? a, string? b, Func<string, string, bool> extends) =>
        a is null || b is null || extends(a, b) || extends(b, a);
}
