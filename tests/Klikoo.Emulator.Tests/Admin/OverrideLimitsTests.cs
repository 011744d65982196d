using System.Net;
using System.Net.Http.Json;
using Bogus;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>
/// Overrides are admin input kept in memory until a buy takes them: their number and size are bounded, and nothing
/// an override says can break the buy it decides.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class OverrideLimitsTests(StateStore stateStore)
{
    [Test]
    public async Task Add_BeyondTheCap_RefusedWith409AndTheStoreStaysAtTheCap()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        for (var i = 0; i < OverrideCap; i++)
        {
            using var added = await client.PostAsJsonAsync("/__admin/overrides", new { refId = $"cap-{i}", result = "success" });
            added.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var refused = await client.PostAsJsonAsync("/__admin/overrides", new { refId = "one-more", result = "success" });

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("overrides");
        (await client.GetFromJsonAsync<object[]>("/__admin/overrides")).Should().HaveCount(OverrideCap);
    }

    [TestCase("reason", 201)]
    [TestCase("sn", 201)]
    [TestCase("trxId", 201)]
    [TestCase("refId", 65)]
    [TestCase("to", 33)]
    public async Task Add_OverlongField_400NamingIt(string field, int length)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var body = new Dictionary<string, object> { ["to"] = "081234567890", ["result"] = "failed", ["reason"] = "r", [field] = new string('x', length) };

        using var response = await client.PostAsJsonAsync("/__admin/overrides", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"\"{field}\"");
    }

    [Test]
    public async Task Add_PendingForBeyondThirtyDays_400()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/__admin/overrides", new { to = "081234567890", result = "success", pendingFor = int.MaxValue });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>Property: any generated override is 201 or 400, and the buy it decides is still one Klikoo line.</summary>
    [TestCase(7)]
    [TestCase(8)]
    public async Task Add_GeneratedOverrides_AcceptedOrRefusedAndTheBuyStaysOneLine(int seed)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var faker = new Faker { Random = new Randomizer(seed) };
        var failures = new List<string>();

        for (var i = 0; i < 400 && failures.Count < 5; i++)
        {
            var to = $"0812{faker.Random.Long(10_000_000, 99_999_999)}";
            var body = new Dictionary<string, object?>
            {
                ["to"] = to,
                ["result"] = faker.PickRandom("success", "failed", "pending", "Failed", "", "nope"),
                ["reason"] = Hostile(faker),
                ["sn"] = faker.Random.Bool() ? Hostile(faker) : null,
                ["trxId"] = faker.Random.Bool() ? Hostile(faker) : null,
                ["pendingFor"] = faker.Random.Bool() ? faker.PickRandom(-1, 0, 1, 30, 2_592_000, 2_592_001, int.MaxValue) : null,
            };
            using var added = await client.PostAsJsonAsync("/__admin/overrides", body);
            if (added.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.BadRequest))
            {
                failures.Add($"#{i}: override answered {(int)added.StatusCode}");
                continue;
            }

            using var buy = await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", to, $"o-{i}")}");
            var line = await buy.Content.ReadAsStringAsync();
            if (buy.StatusCode != HttpStatusCode.OK || line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal) || !line.StartsWith("R#", StringComparison.Ordinal))
            {
                failures.Add($"#{i}: buy answered {(int)buy.StatusCode} '{line}'");
            }
            else
            {
                _ = RLine.Parse(line);
            }
        }

        failures.Should().BeEmpty();
    }

    private const int OverrideCap = 1000;

    private static string Hostile(Faker faker) => faker.Random.Int(0, 5) switch
    {
        0 => "",
        1 => new string('x', faker.Random.Int(150, 260)),
        2 => "line\r\nbreak. TRXID: evil",
        3 => faker.Random.String2(faker.Random.Int(1, 40), "abc .-/\u0000\u2028\u00e9\U0001F600"),
        4 => faker.Lorem.Sentence(),
        _ => "Supplier sedang gangguan",
    };
}
