using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>The in-process host .NET test suites use: a real loopback port, no Docker, no process.</summary>
public sealed class KlikooEmulatorHostTests
{
    private static readonly DocumentedSample Ovo = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");

    [Test]
    public async Task StartAsync_FrozenClock_ServesTheDocumentedLineOnAFreePort()
    {
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { FrozenClock = Ovo.At });
        using var http = emulator.CreateClient();

        var line = await http.GetStringAsync($"/klikoo-b2b/v1/irs/inquiry?{Ovo.Query}");

        line.Should().Be(Ovo.Line);
        emulator.BaseAddress.Host.Should().Be("127.0.0.1");
        emulator.BaseAddress.Port.Should().BePositive();
    }

    [Test]
    public async Task StartAsync_SameFeaturesAsTheProgram_SameRoutesAndServices()
    {
        using var factory = new EmulatorFactory();
        _ = factory.Server;
        await using var emulator = await KlikooEmulator.StartAsync();

        // Both hosts call KlikooEmulatorFeatures; a host that maps or registers a feature of its own fails here.
        var routes = Routes(emulator.Services.GetRequiredService<EndpointDataSource>().Endpoints);
        using (new AssertionScope())
        {
            routes.Should().HaveCountGreaterThan(40).And.Contain("GET /__admin/health AdminHealth");
            routes.Should().Equal(Routes(factory.Services.GetRequiredService<EndpointDataSource>().Endpoints));
            emulator.Services.GetServices<IResettableState>().Select(s => s.GetType().Name).Order()
                .Should().Equal(factory.Services.GetServices<IResettableState>().Select(s => s.GetType().Name).Order());
            emulator.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).Order()
                .Should().Equal(factory.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).Order());
        }
    }

    [Test]
    public async Task Routes_AMapInOneHostOnly_TellsTheHostsApart()
    {
        // The comparison above would see a feature mapped by one host only.
        await using var listed = NotStarted();
        await using var extra = NotStarted();
        extra.MapGet("/__admin/only-here", () => "").WithName("OnlyHere");

        Routes(Endpoints(extra)).Should().NotEqual(Routes(Endpoints(listed)))
            .And.Contain("GET /__admin/only-here OnlyHere");
    }

    private static WebApplication NotStarted()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Klikoo:Fixtures"] = RepositoryPaths.Fixtures;
        return builder.AddKlikooEmulator().Build().MapKlikooEmulator();
    }

    private static IEnumerable<Endpoint> Endpoints(IEndpointRouteBuilder app) => app.DataSources.SelectMany(d => d.Endpoints);

    // Methods, pattern and name: a route moved, renamed or mapped by one host only differs.
    private static List<string> Routes(IEnumerable<Endpoint> endpoints) =>
        [.. endpoints.OfType<RouteEndpoint>()
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText} " +
                         e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .Order(StringComparer.Ordinal)];

    [Test]
    public async Task StartAsync_TwoAtOnce_IndependentPortsAndState()
    {
        await using var first = await KlikooEmulator.StartAsync();
        await using var second = await KlikooEmulator.StartAsync();
        using var one = first.CreateClient();
        using var two = second.CreateClient();

        await one.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "same")}");
        var other = SuccessLine.Parse(await two.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("DN10", "081234567890", "same")}"));

        second.BaseAddress.Should().NotBe(first.BaseAddress);
        other.ProductCode.Should().Be("DN10", "the second emulator has its own transactions");
    }

    [Test]
    public async Task StartAsync_InvalidFixtures_FailsListingEveryError()
    {
        using var fixtures = new TemporaryFixtures(("p.yaml", "products:\n  - { code: X1, family: pln }\n"));

        var start = () => KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = fixtures.Path });

        (await start.Should().ThrowAsync<FixtureValidationException>()).Which.Errors.Should().ContainSingle()
            .Which.ToString().Should().Be("p.yaml:2:5: missing required field 'price'");
    }

    [Test]
    public async Task StartAsync_RelativeFixtures_ResolvedAgainstTheTestOutputFolderNotTheWorkingDirectory()
    {
        // As a test project gets it with <None Include="my-fixtures/**" CopyToOutputDirectory="PreserveNewest" />.
        var name = "relative-fixtures-" + Path.GetRandomFileName();
        var copied = Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(copied);
        await File.WriteAllTextAsync(Path.Combine(copied, "p.yaml"), "products:\n  - { code: REL1, family: maxim, price: 7205 }\n");
        var elsewhere = Directory.CreateTempSubdirectory("klikoo-cwd-");
        var workingDirectory = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(elsewhere.FullName);
            await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = name });

            using var http = emulator.CreateClient();
            var health = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("/__admin/health"))!;

            health["fixtures"]!["folder"]!.GetValue<string>().Should().Be(copied);
        }
        finally
        {
            Directory.SetCurrentDirectory(workingDirectory);
            Directory.Delete(copied, recursive: true);
            elsewhere.Delete(recursive: true);
        }
    }

    [Test]
    public async Task StartAsync_MissingRelativeFixtures_SaysWhereItLookedAndTheCsprojLine()
    {
        var start = () => KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = "no-such-fixtures" });

        (await start.Should().ThrowAsync<DirectoryNotFoundException>()).Which.Message.Should()
            .Contain(Path.Combine(AppContext.BaseDirectory, "no-such-fixtures"))
            .And.Contain("<None Include=\"no-such-fixtures/**\" CopyToOutputDirectory=\"PreserveNewest\" />");
    }

    [Test]
    public async Task Admin_ForceNextBuyAndAdvanceClock_SteerTheEmulator()
    {
        await using var emulator = await KlikooEmulator.StartAsync();
        using var http = emulator.CreateClient();

        await emulator.Admin.ForceNextBuyAsync("failed", to: "081234567890", reason: "Forced");
        var forced = FailedLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "f1")}"));
        var pending = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "f2")}";
        await http.GetStringAsync(pending);
        await emulator.Admin.AdvanceClockAsync(TimeSpan.FromSeconds(30));

        forced.Reason.Should().Be("Forced");
        RLine.Parse(await http.GetStringAsync(pending)).Should().BeOfType<SuccessLine>();
        (await emulator.Admin.JournalAsync()).Should().HaveCount(3).And.AllSatisfy(e => e["pin"]!.GetValue<string>().Should().Be("***"));
        (await emulator.Admin.TransactionsAsync()).Should().HaveCount(2);
        await emulator.Admin.ResetAsync();
        (await emulator.Admin.TransactionsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Admin_FrozenClockAdvanced_PendingBuyFinishesAndLinesStayReproducible()
    {
        // The README's test-host example: a frozen clock, moved by the test.
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { FrozenClock = Ovo.At });
        using var http = emulator.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "frozen-1")}";
        var pending = await http.GetStringAsync(buy);

        await emulator.Admin.AdvanceClockAsync(TimeSpan.FromSeconds(30));
        var final = await http.GetStringAsync(buy);

        InProgressLine.Parse(pending).Timestamp.Should().Be(Ovo.At);
        (await http.GetStringAsync(buy)).Should().Be(final, "a frozen clock does not tick by itself");
        SuccessLine.Parse(final).Timestamp.Should().Be(Ovo.At.AddSeconds(30));
    }

    [Test]
    public async Task Admin_ClockSetBackLongerThanATimerCanWait_StaysInProgressUntilTheClockGetsThere()
    {
        await using var emulator = await KlikooEmulator.StartAsync();
        using var http = emulator.CreateClient();
        var sixtyDays = TimeSpan.FromDays(60);
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "long-1")}";   // 9990: due in 30 s

        var pending = RLine.Parse(await http.GetStringAsync(buy));
        await emulator.Admin.AdvanceClockAsync(-sixtyDays);
        var stillPending = RLine.Parse(await http.GetStringAsync(buy));
        await emulator.Admin.AdvanceClockAsync(sixtyDays + TimeSpan.FromSeconds(30));

        pending.Should().BeOfType<InProgressLine>();
        stillPending.Should().BeOfType<InProgressLine>("60 days before its due time");
        RLine.Parse(await http.GetStringAsync(buy)).Should().BeOfType<SuccessLine>();
    }

    [Test]
    public async Task Admin_TransactionsAndJournal_EveryPageRead()
    {
        const int buys = 1050;
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Settings = { ["Klikoo:Journal:Capacity"] = "2000" } });
        using var http = emulator.CreateClient();
        foreach (var batch in Enumerable.Range(0, buys).Chunk(50))
        {
            await Task.WhenAll(batch.Select(i => http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", $"p{i}")}")));
        }

        var transactions = await emulator.Admin.TransactionsAsync();
        var journal = await emulator.Admin.JournalAsync();

        transactions.Select(t => t["refId"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.HaveCount(buys);
        journal.Select(e => e["id"]!.GetValue<long>()).Should().OnlyHaveUniqueItems().And.HaveCount(buys).And.BeInDescendingOrder();
    }
}
