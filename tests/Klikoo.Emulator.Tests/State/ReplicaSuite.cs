namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// A suite of replica tests: each test gets its own redis-server and the replicas it starts on it, all stopped after
/// it, whether its set-up finished or not.
/// </summary>
[Category("Replicas")]
[NonParallelizable]
public abstract class ReplicaSuite(bool appendOnly = false)
{
    private ReplicaSet? _replicas;

    private protected ReplicaSet Replicas => _replicas ?? throw new InvalidOperationException("The replicas start in SetUp.");

    [SetUp]
    public async Task StartRedisAsync() => _replicas = await ReplicaSet.OnNewRedisAsync(appendOnly: appendOnly);

    [TearDown]
    public async Task StopAsync()
    {
        if (_replicas is not null)
        {
            await _replicas.DisposeAsync();
            _replicas = null;
        }
    }
}
