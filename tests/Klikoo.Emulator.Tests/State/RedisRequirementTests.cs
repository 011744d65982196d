namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Without a redis-server that starts, the tests needing one are skipped with the reason; under
/// KLIKOO_REQUIRE_REDIS=1 (.ci/run, which installs redis-server) this one test fails instead, once, with it.
/// </summary>
public sealed class RedisRequirementTests
{
    [Test]
    public void RedisServer_OnThisMachine_StartsOrIsNotRequired()
    {
        if (RedisServer.Problem is not { } problem)
        {
            return;
        }

        if (RedisServer.Required)
        {
            Assert.Fail($"{RedisServer.RequireVariable}=1, but {problem}. Every test that needs it was skipped.");
        }

        Assert.Ignore(problem);
    }
}
