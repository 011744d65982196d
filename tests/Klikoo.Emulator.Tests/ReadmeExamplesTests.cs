using System.Globalization;
using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// Every curl example in README.md, replayed as a reader would: one emulator per "--Klikoo:Clock:Fixed=..." start
/// command, its examples sent in order, so state the examples build on (balances, a reused ref_id) carries over.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private static IEnumerable<TestCaseData> Sessions()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var starts = FrozenClock().Matches(readme).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : readme.Length;
            var examples = CurlExample().Matches(readme[starts[i].Index..end])
                .Select(m => (Path: m.Groups["path"].Value, Reply: m.Groups["reply"].Value))
                .ToList();
            var at = DateTimeOffset.Parse(starts[i].Groups["at"].Value, CultureInfo.InvariantCulture);
            yield return new TestCaseData(at, examples).SetArgDisplayNames($"session {i + 1} at {starts[i].Groups["at"].Value}");
        }
    }

    [Test]
    public void Readme_HasCurlExamplesInEverySession()
    {
        Sessions().Should().HaveCountGreaterThan(1)
            .And.AllSatisfy(s => ((List<(string, string)>)s.Arguments[1]!).Should().NotBeEmpty());
    }

    [TestCaseSource(nameof(Sessions))]
    public async Task Readme_CurlExamples_ReplyAsDocumentedInOrder(DateTimeOffset clock, List<(string Path, string Reply)> examples)
    {
        await using var factory = new EmulatorFactory(clock);
        using var client = factory.CreateClient();

        foreach (var (path, reply) in examples)
        {
            using var response = await client.GetAsync(path);
            (await response.ShouldBeKlikooLineAsync()).Should().Be(reply, path);
        }
    }

    [GeneratedRegex(@"--Klikoo:Clock:Fixed=(?<at>\S+)")]
    private static partial Regex FrozenClock();

    [GeneratedRegex(@"^\$ curl -s '(?:http://localhost:5080)(?<path>/[^']+)'\n(?<reply>R#[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex CurlExample();
}
