namespace Klikoo.Emulator.Tests;

/// <summary>Stops the redis-server the <see cref="StateStore.Redis"/> variants of the suites shared, once every test ran.</summary>
[SetUpFixture]
public sealed class TestRunRedis
{
    [OneTimeTearDown]
    public Task StopAsync() => SharedRedis.StopAsync();
}
