using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// Every reply shape the string interface writes for a catalogue (docs/otomax.md#check-your-parser), built by the
/// emulator's own pieces (inquiry lines, SNs, generated customers) with a frozen clock and a fixed seed, so the same
/// catalogue always gives the same lines: for the cheapest and the dearest product of each prepaid family, inquiries
/// and buys for a fixture customer, a generated one and one whose name carries punctuation; then a FAILED line for
/// each reason the catalogue can give, a refusal for each reason the checks give, and the reports (callbacks).
/// </summary>
internal static class ReplySamples
{
    private const int Seed = 1;
    private const int FixtureCustomersPerProduct = 2;

    // docs/otomax.md#reading-the-replies: a name may hold dots, commas and apostrophes.
    private const string PunctuatedName = "IR. PUTU ADI, S.T.";

    // Klikoo's OVO sample's time (docs/otomax.md#try-every-reply-by-hand).
    private static readonly DateTimeOffset At = new DateTimeOffset(2024, 11, 29, 10, 59, 32, TimeSpan.FromHours(7)).AddTicks(768_240);

    public static IReadOnlyList<ReplySample> For(FixtureCatalog catalog)
    {
        var builder = new ReplySampleBuilder(At, catalog.Clients.Values.Select(c => c.Balance).DefaultIfEmpty(100_000_000).Max());
        var products = Products(catalog);
        var generator = new CustomerGenerator(Seed);
        foreach (var product in products)
        {
            foreach (var (customer, kind) in Customers(catalog, generator, product))
            {
                builder.Inquiry(product, customer, kind);
                builder.Success(product, customer, kind, SerialNumbers.For(product, customer, builder.NextRefId(), Seed));
            }

            builder.InProgress(product);
        }

        if (products.Count == 0)
        {
            return builder.Samples;
        }

        PinnedSerials(catalog, builder, products);
        var failures = FailureReasons(catalog);
        for (var i = 0; i < failures.Count; i++)
        {
            builder.Failed(products[i % products.Count], failures[i]);
        }

        var refusals = RefusalReasons(products);
        for (var i = 0; i < refusals.Count; i++)
        {
            builder.Rejected(products[i % products.Count], refusals[i]);
        }

        var inquiryFailures = InquiryFailures(catalog);
        for (var i = 0; i < inquiryFailures.Count; i++)
        {
            builder.InquiryFailure(inquiryFailures[i].Destination ?? products[i % products.Count].Destination.Example, inquiryFailures[i].Reason);
        }

        return builder.Samples;
    }

    // The string interface sells prepaid products only (docs/open-api.md#postpaid-bills): per family the cheapest and the dearest.
    private static List<Product> Products(FixtureCatalog catalog) =>
    [
        .. catalog.Products.Values
            .Where(p => p.Family.Postpaid is null)
            .GroupBy(p => p.Family.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var byPrice = g.OrderBy(p => p.PriceFor(p.Open?.MinAmount)).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
                return byPrice.Count == 1 ? [byPrice[0]] : new[] { byPrice[0], byPrice[^1] };
            }),
    ];

    private static IEnumerable<(Customer Customer, string Kind)> Customers(FixtureCatalog catalog, CustomerGenerator generator, Product product)
    {
        var family = product.Family;
        var listed = catalog.Customers
            .Where(c => c.Family.Name == family.Name && c.Customer.InquiryFailure is null && product.Destination.Matches(c.Customer.Destination))
            .Take(FixtureCustomersPerProduct);
        foreach (var (_, customer) in listed)
        {
            yield return (customer, "fixture customer");
        }

        var example = product.Destination.Example;
        if (!catalog.TryGetCustomer(family, example, out _))
        {
            yield return (generator.Generate(family, example), "generated customer");
        }

        if (family.CustomerName != CustomerNameDisplay.None || family.Serial is SerialForm.PlnToken)
        {
            yield return (new Customer(example, PunctuatedName, family.PowerCapacity ? "R1/900VA" : null, null), "name with punctuation");
        }
    }

    // Scenario rules that pin an SN (Klikoo's documented samples): the exact SN of the docs, e.g. a token ending in a decimal kWh.
    private static void PinnedSerials(FixtureCatalog catalog, ReplySampleBuilder builder, List<Product> products)
    {
        foreach (var rule in catalog.Scenarios.Rules)
        {
            if (rule.Buy is not { Result: BuyResult.Success, SerialNumber: { } serial } buy)
            {
                continue;
            }

            var product = rule.Products?.Order(StringComparer.Ordinal).Select(code => catalog.TryGetProduct(code, out var p) ? p : null).FirstOrDefault(p => p is not null)
                ?? products[0];
            builder.Pinned(product, rule.Name, serial, buy.TransactionId, buy.BalanceBefore);
        }
    }

    // What a FAILED line can say: each scenario rule's reason, and a balance that does not cover the price.
    private static List<string> FailureReasons(FixtureCatalog catalog) =>
    [
        .. catalog.Scenarios.Rules
            .Select(r => r.Buy)
            .Where(b => b is { Result: BuyResult.Failed })
            .Select(b => b!.Reason ?? "")
            .Append(OrderService.InsufficientBalance)
            .Distinct(StringComparer.Ordinal),
    ];

    // docs/otomax.md#what-it-checks-in-order: every refusal before a transaction exists, and a ref_id used before.
    private static List<string> RefusalReasons(List<Product> products) =>
    [
        IrsReasons.Repeated(IrsFields.To),
        IrsReasons.FieldEmpty(IrsFields.To),
        IrsReasons.Credentials,
        IrsReasons.ProductNotFound,
        IrsReasons.AmountNotNumber,
        .. products.Select(p => p.Open).OfType<OpenDenomination>().Take(1).Select(open => IrsReasons.AmountRange(open.MinAmount, open.MaxAmount)),
        IrsReasons.AmountTooLarge,
        IrsReasons.SellingPriceNotNumber,
        IrsReasons.WrongDestination,
        IrsReasons.RefIdInvalid,
        OrderService.ReferenceNoUsed,
        OrderService.TooManyPending,
    ];

    private static List<(string? Destination, string Reason)> InquiryFailures(FixtureCatalog catalog) =>
    [
        .. catalog.Customers.Where(c => c.Customer.InquiryFailure is not null).Select(c => ((string?)c.Customer.Destination, c.Customer.InquiryFailure!)),
        .. catalog.Scenarios.Rules.Where(r => r.InquiryFailure is not null).Select(r => ((string?)null, r.InquiryFailure!)),
        (null, IrsReasons.WrongDestination),
        (null, IrsReasons.Credentials),
    ];
}
