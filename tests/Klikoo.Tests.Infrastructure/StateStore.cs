namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// Where an <see cref="EmulatorFactory"/> keeps its state (docs/shared-state.md): a suite that runs on both is the
/// contract the two stores share, as <c>[TestFixture(StateStore.Memory)]</c> and <c>[TestFixture(StateStore.Redis)]</c>.
/// </summary>
public enum StateStore
{
    /// <summary>In the emulator's own memory, the default.</summary>
    Memory,

    /// <summary>In the test run's redis-server (<see cref="SharedRedis"/>), under a key prefix of the factory's own.</summary>
    Redis,
}
