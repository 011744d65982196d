using FluentAssertions.Execution;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Tests.OpenApi;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Tests.Journal;

/// <summary>
/// Whatever a caller sends, the journal's memory stays within <c>Klikoo:Journal:MaxBytes</c> (docs/limits.md#the-journal):
/// huge fields on both interfaces, in the query and in a form or JSON body, are kept cut with a visible marker.
/// </summary>
public sealed class JournalBoundTests
{
    private const int Capacity = 16;
    private const long MaxBytes = Capacity * 4096;

    [Test]
    public async Task PublicRoutes_MillionCharacterRefIdInQueryAndForm_StoredCutWithItsLengthShown()
    {
        await using var factory = Small();
        using var http = factory.CreateClient();
        var refId = new string('7', 1_000_000);
        var query = IrsQuery.Buy("OVO10", "081234567890", refId);

        using (await http.GetAsync("/v1/irs/buy?" + query))
        using (await http.PostAsync("/v1/irs/inquiry", query.ToForm()))
        {
        }

        var journal = factory.Get<RequestJournal>();
        var entries = journal.Snapshot();
        using (new AssertionScope())
        {
            entries.Should().HaveCount(2);
            entries.Select(e => e.RefId).Should().AllSatisfy(r => r.Should().StartWith("7777").And.EndWith("…(1000000 chars)"));
            entries.Should().AllSatisfy(e => e.Reply.Length.Should().BeLessThan(8192));
            journal.AccountedBytes.Should().BeLessThanOrEqualTo(MaxBytes);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task PublicRoutes_GeneratedRequestsWithHugeFields_JournalWithinMaxBytesNewestKept(int seed)
    {
        await using var factory = Small();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var journal = factory.Get<RequestJournal>();
        var random = new Random(seed);
        string[] irsFields = ["ref_id", "to", "product_code", "amount", "client_id", "idrs"];
        string[] openApiFields = ["partner_reference_id", "value", "product_code", "amount", "msidn"];
        const int requests = 120;

        for (var i = 0; i < requests; i++)
        {
            var huge = new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? random.Next(1, 60_000) : random.Next(60_000, 400_000));
            switch (random.Next(3))
            {
                case 0:
                    using (await http.GetAsync("/v1/irs/buy?" + IrsQuery.Buy("OVO10", "081234567890", "r" + i).With(irsFields[random.Next(irsFields.Length)], huge)))
                    {
                    }

                    break;
                case 1:
                    using (await http.PostAsync(random.Next(2) == 0 ? "/v1/irs/inquiry" : "/v1/irs/buy", IrsQuery.Buy("OVO10", "081234567890", "r" + i).With(irsFields[random.Next(irsFields.Length)], huge).ToForm()))
                    {
                    }

                    break;
                default:
                    // The Open API reads at most 64 KiB of body (docs/limits.md); a field can still be most of it.
                    var fields = new Dictionary<string, string> { ["amount"] = "", ["msidn"] = "081234567890", ["product_code"] = "OVO10", ["value"] = "081234567890", ["partner_reference_id"] = "o" + i };
                    fields[openApiFields[random.Next(openApiFields.Length)]] = huge[..Math.Min(huge.Length, 60_000)];
                    await api.SendAsync(HttpMethod.Post, random.Next(2) == 0 ? "products/buy" : "products/inquiry", System.Text.Json.JsonSerializer.Serialize(fields));
                    break;
            }

            journal.AccountedBytes.Should().BeLessThanOrEqualTo(MaxBytes, $"seed {seed} request {i}");
        }

        var ids = journal.Snapshot().Select(e => e.Id).ToList();
        ids.Should().HaveCount(Capacity).And.BeInDescendingOrder();
        (ids[0] - ids[^1]).Should().Be((long)Capacity - 1, "the newest entries, none missing");
        factory.Get<IOptions<JournalOptions>>().Value.MaxBytes.Should().Be(MaxBytes);
    }

    private static EmulatorFactory Small() => new(settings: new Dictionary<string, string?>
    {
        ["Klikoo:Journal:Capacity"] = $"{Capacity}",
        ["Klikoo:Journal:MaxBytes"] = $"{MaxBytes}",
    });
}
