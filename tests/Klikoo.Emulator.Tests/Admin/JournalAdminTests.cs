using System.Net.Http.Json;
using System.Text.Json;
using Klikoo.Emulator.Journal;

namespace Klikoo.Emulator.Tests.Admin;

public sealed class JournalAdminTests
{
    [Test]
    public async Task Journal_AfterRequests_NewestFirstWithSecretsAndPinsMasked()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");
        await client.PostAsync("/v1/irs/buy", IrsQuery.Buy("OVO10", "081299887766", "j2").ToForm());
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081299887766", "j3").With("pin", "777555").With("client_secret", "wrong-secret-x")}");

        var json = await client.GetStringAsync("/__admin/journal");
        var entries = JsonSerializer.Deserialize<JournalEntry[]>(json, JsonSerializerOptions.Web)!;

        json.Should().NotContain(IrsQuery.ClientSecret).And.NotContain("\"123456\"").And.NotContain("777555").And.NotContain("wrong-secret-x");
        entries.Select(e => e.Operation).Should().Equal("buy", "buy", "inquiry");
        entries[1].Should().BeEquivalentTo(new { Method = "POST", RefId = "j2", ClientSecret = "***", Pin = "***", ClientId = IrsQuery.ClientId });
        entries[1].Reply.Should().StartWith("R#j2 OVO10. 081299887766 SUCCESS.");
    }

    [Test]
    public async Task Journal_MissingSecret_ShownAsMissingNotMasked()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001").Without("client_secret")}");

        var entry = (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal", JsonSerializerOptions.Web))!.Single();

        entry.ClientSecret.Should().BeNull();
        entry.Pin.Should().Be("***");
    }

    [Test]
    public async Task Journal_UnderParallelLoad_NeverExceedsItsCapacity()
    {
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Journal:Capacity"] = "50" });
        using var client = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", $"0812{i:D8}")}")));
        var entries = (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal?limit=1000", JsonSerializerOptions.Web))!;

        entries.Should().HaveCount(50);
        entries.Select(e => e.Id).Should().BeInDescendingOrder().And.OnlyHaveUniqueItems();
        entries[0].Id.Should().Be(2000);
    }

    [Test]
    public async Task Journal_Filters_ByOperationRefIdAndTo()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "f1")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567891", "f2")}");
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081234567890")}");

        (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal?operation=buy", JsonSerializerOptions.Web))!.Should().HaveCount(2);
        (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal?refId=f2", JsonSerializerOptions.Web))!.Should().ContainSingle();
        (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal?to=081234567890", JsonSerializerOptions.Web))!.Should().HaveCount(2);
    }

    [Test]
    public async Task Journal_CapacityZero_Off()
    {
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Journal:Capacity"] = "0" });
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");

        (await client.GetFromJsonAsync<JournalEntry[]>("/__admin/journal", JsonSerializerOptions.Web)).Should().BeEmpty();
    }
}
