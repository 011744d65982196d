using System.Net;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Tests.Admin;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>One reload at a time, joined rather than queued, never holding a caller or shutdown hostage.</summary>
public sealed class FixtureStoreTests
{
    [Test]
    public async Task ReloadAsync_ManyCallersWhileOneRuns_AllJoinTheOneReload()
    {
        using var held = new HeldCheck();
        using var store = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System, held.Check);

        var reloads = Enumerable.Range(0, 100).Select(_ => store.ReloadAsync()).ToList();
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var running = store.IsReloading;
        held.Release();
        var outcome = await reloads[0].WaitAsync(TimeSpan.FromSeconds(30));

        running.Should().BeTrue();
        reloads.Distinct().Should().ContainSingle("a reload asked for while one runs joins it");
        outcome.Succeeded.Should().BeTrue();
        held.Reloads.Should().Be(1);
    }

    [Test]
    public async Task Dispose_WhileAReloadRuns_StopsItAndKeepsTheLastGoodCatalogue()
    {
        using var held = new HeldCheck();
        var store = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System, held.Check);
        var before = store.Current;
        var reload = store.ReloadAsync();
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        store.Dispose();
        var outcome = await reload.WaitAsync(TimeSpan.FromSeconds(30));

        outcome.Succeeded.Should().BeFalse();
        outcome.Errors.Should().ContainSingle().Which.Message.Should().Be("the reload was stopped: the emulator is stopping");
        store.Current.Should().BeSameAs(before);
    }

    [Test]
    public async Task PostReload_StillRunningAfterAMoment_AcceptedThenTheOutcomeIsShown()
    {
        using var held = new HeldCheck();
        using var store = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System, held.Check);
        await using var factory = new EmulatorFactory();
        await using var withStore = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton(store)));
        using var client = withStore.CreateClient();

        using var posted = await client.AdminPostAsync("/__admin/fixtures/reload");
        var body = await posted.Content.ReadAsStringAsync();
        held.Release();
        await Eventually.TrueAsync(() => !store.IsReloading, "the reload to end");

        posted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        body.Should().Contain("\"reloading\":true").And.Contain("\"lastReload\":{");
        (await client.GetStringAsync("/__admin/fixtures")).Should().Contain("\"reloading\":false");
        (await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}")).Should().StartWith("R#OVO10. PRICE: 10100.");
    }

    /// <summary>Validates the folder for real; every reload after the first load waits until the test releases it.</summary>
    private sealed class HeldCheck : IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private int _calls;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Reloads => Volatile.Read(ref _calls) - 1;

        public FixtureValidationResult Check(string folder, CancellationToken stopping)
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                Started.TrySetResult();
                _release.Wait(stopping);
            }

            return FixtureValidator.ValidateFolder(folder, stopping);
        }

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _release.Dispose();
        }
    }
}
