using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// After a test assembly ran, says what it skipped and why, one line per reason, in the default output of
/// <c>dotnet test</c>: its console logger lists skipped tests by name only, their reasons at a higher verbosity.
/// Applied to a test assembly (<c>[assembly: SkipReport]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class SkipReportAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Suite;

    public void BeforeTest(ITest test)
    {
    }

    public void AfterTest(ITest test)
    {
        // The error stream: the test adapter passes it on as a warning, which the console logger always shows.
        foreach (var line in Lines(test.Name, TestExecutionContext.CurrentContext.CurrentResult))
        {
            TestContext.Error.WriteLine(line);
        }
    }

    /// <summary>One line per reason: how many tests it skipped, in which suites, and the reason.</summary>
    private static IEnumerable<string> Lines(string assembly, ITestResult result) =>
        from skipped in Skipped(result)
        group skipped by skipped.Reason into reason
        let suites = reason.Select(s => s.Suite).Distinct().Order(StringComparer.Ordinal).ToList()
        select $"{assembly}: {reason.Count()} test(s) skipped in {string.Join(", ", suites)}: {reason.Key}";

    private static IEnumerable<(string Suite, string Reason)> Skipped(ITestResult result) =>
        result.Test.IsSuite
            ? result.Children.SelectMany(Skipped)
            : result.ResultState.Status == TestStatus.Skipped && result.ResultState != ResultState.Explicit
                ? [(FixtureName(result.Test), Reason(result.Message))]
                : [];

    // A [TestCase] method is a suite of its own: name the fixture above it, e.g. CallbackTests(Redis).
    private static string FixtureName(ITest test) => (test.Parent is ParameterizedMethodSuite method ? method.Parent : test.Parent)?.Name ?? test.Name;

    // A suite ignored as a whole gives each of its tests the suite's reason after "OneTimeSetUp: ".
    private static string Reason(string message) =>
        message.StartsWith("OneTimeSetUp: ", StringComparison.Ordinal) ? message["OneTimeSetUp: ".Length..] : message;
}
