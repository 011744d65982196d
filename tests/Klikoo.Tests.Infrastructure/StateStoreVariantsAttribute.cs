using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// On a machine whose redis-server cannot serve the tests, ignores every <c>[TestFixture(StateStore.Redis)]</c>
/// suite as a whole, with the reason, before any of it runs: no set-up, tear-down or emulator for a test that
/// cannot run. Applied to a test assembly (<c>[assembly: StateStoreVariants]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class StateStoreVariantsAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Suite;

    public void BeforeTest(ITest test)
    {
        var variants = RedisVariants(test).ToList();
        if (variants.Count == 0 || RedisServer.Problem is not { } problem)
        {
            return;
        }

        foreach (var suite in variants)
        {
            // A suite's run state is read when it starts, after its parents' set-up: this one never starts.
            suite.RunState = RunState.Ignored;
            suite.Properties.Set(PropertyNames.SkipReason, problem);
        }
    }

    public void AfterTest(ITest test)
    {
    }

    private static IEnumerable<Test> RedisVariants(ITest suite) =>
        suite.Tests.SelectMany(child => child.IsSuite && child.Arguments.Contains(StateStore.Redis) && child is Test variant
            ? [variant]
            : RedisVariants(child));
}
