using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Tests.Admin;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>Live reload: a valid edit is served without a restart; an invalid one keeps the last good catalogue and says why.</summary>
public sealed class FixtureReloadTests
{
    private static readonly string Ovo = $"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}";

    [Test]
    public async Task Edit_ValidChange_ServedWithoutRestart()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        (await client.GetStringAsync(Ovo)).Should().Contain("CUSTNAME: C**tomer Na**.");

        fixtures.Write("customers.yaml", File.ReadAllText(Path.Combine(fixtures.Path, "customers.yaml")).Replace("name: Customer Name", "name: Budi Santoso", StringComparison.Ordinal));

        await Eventually.TrueAsync(() => client.GetStringAsync(Ovo).Result.Contains("CUSTNAME: B**i Santo**.", StringComparison.Ordinal), "the edited name to be served", TimeSpan.FromSeconds(5));
        factory.Get<FixtureStore>().LastReload.Should().BeEquivalentTo(new { Succeeded = true, Errors = Array.Empty<FixtureError>() });
    }

    [Test]
    public async Task Edit_NewFile_AddsItsProducts()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();

        fixtures.Write("more/extra.yaml", "products:\n  - { code: OVO5, family: ovo, price: 5100 }\n");

        await Eventually.TrueAsync(() => client.GetStringAsync(Ovo.Replace("OVO10", "OVO5", StringComparison.Ordinal)).Result.StartsWith("R#OVO5. PRICE: 5100.", StringComparison.Ordinal), "the new product", TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Edit_InvalidChange_KeepsServingTheLastGoodCatalogueAndReportsWhy()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(Ovo);
        var store = factory.Get<FixtureStore>();

        fixtures.Write("customers.yaml", "customers:\n  - { to: '081000000001', family: ovo, name: Budi Santoso, power: R1/900VA }\n");

        await Eventually.TrueAsync(() => !store.LastReload.Succeeded, "the failed reload to be reported", TimeSpan.FromSeconds(5));
        store.LastReload.Errors.Should().ContainSingle().Which.ToString().Should().Be("customers.yaml:2:67: 'power' applies to pln customers only, not ovo");
        (await client.GetStringAsync(Ovo)).Should().Be(before);
    }

    /// <summary>Edits that once ended the process from the watcher's timer, or hung its reload for ever.</summary>
    private static readonly string[] HostileEdits =
    [
        "customers:\n  - to: [unclosed\n    family: ovo\n    name: X\n",
        "scenarios:\n  - { name: a, buy: { result: success, pendingFor: 9223372036854775807 } }\n",
        "scenarios:\n  - { name: a, fault: { delay: 9223372036854775807 } }\n",
        "a: " + new string('[', 30_000) + new string(']', 30_000) + "\n",
        AliasKeyBomb(),
    ];

    [Test]
    public async Task Edit_HostileText_ProcessKeepsServingTheLastGoodCatalogue()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var emulator = await EmulatorProcess.StartAsync([$"--Klikoo:Fixtures={fixtures.Path}"]);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        const string Served = "R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @";
        (await client.GetStringAsync(Ovo)).Should().StartWith(Served);

        for (var i = 0; i < HostileEdits.Length; i++)
        {
            var name = $"hostile{i}.yaml";
            File.Delete(Path.Combine(fixtures.Path, $"hostile{i - 1}.yaml"));
            fixtures.Write(name, HostileEdits[i]);

            await Eventually.TrueAsync(
                () => client.GetStringAsync("/__admin/fixtures").Result.Contains($"\"file\":\"{name}\"", StringComparison.Ordinal),
                $"the reload with {name} to fail and say why",
                TimeSpan.FromSeconds(20));
        }

        // Two links to the folder itself once made every fingerprint walk the tree exponentially deep.
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateSymbolicLink(Path.Combine(fixtures.Path, "loop1"), ".");
            Directory.CreateSymbolicLink(Path.Combine(fixtures.Path, "loop2"), ".");
            await Eventually.TrueAsync(
                () => client.GetStringAsync("/__admin/fixtures").Result.Contains("\"file\":\"loop2\"", StringComparison.Ordinal),
                "the reload with the link loops to fail and say why",
                TimeSpan.FromSeconds(20));
        }

        (await client.GetStringAsync(Ovo)).Should().StartWith(Served);
        emulator.Output.Should().NotContain("Unhandled exception").And.NotContain("Background work failed");
    }

    [Test]
    public async Task Reload_ManyConcurrentPostsWhileTheFolderIsHostile_EveryOneAnswersAndInquiriesGoOn()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        fixtures.Write("bomb.yaml", AliasKeyBomb());

        var posts = Enumerable.Range(0, 100).Select(_ => client.AdminPostAsync("/__admin/fixtures/reload")).ToList();
        var all = Task.WhenAll(posts);
        (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)))).Should().BeSameAs(all, "a reload request must never queue behind a lock");

        posts.Select(p => p.Result.StatusCode).Should().OnlyContain(s => s == System.Net.HttpStatusCode.OK || s == System.Net.HttpStatusCode.Accepted);
        (await client.GetStringAsync(Ovo)).Should().StartWith("R#OVO10. PRICE: 10100.");
        factory.Get<FixtureStore>().Current.Products.Should().ContainKey("OVO10", "the last good catalogue is still served");
    }

    // Sixteen anchors, each repeating the one before nine times, then the last used as a mapping key.
    private static string AliasKeyBomb()
    {
        var yaml = new System.Text.StringBuilder("p0: &p0 x\n");
        for (var i = 1; i <= 16; i++)
        {
            yaml.Append($"p{i}: &p{i} [{string.Join(',', Enumerable.Repeat($"*p{i - 1}", 9))}]\n");
        }

        return yaml.Append("? *p16 : x\n").ToString();
    }
}
