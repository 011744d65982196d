using System.Globalization;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// The examples in README.md and docs/*.md, run as a reader would. Curl examples: one emulator per
/// "--Klikoo:Clock:Fixed=..." start command, its examples sent in order, so state the examples build on (balances,
/// a reused ref_id) carries over. YAML examples: valid fixtures. Otomax regexes: they pick the value the table says
/// out of Klikoo's documented lines. (The README's C# test runs in CI, from a project outside the repository.)
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    private static IEnumerable<string> Documents() =>
        new[] { Path.Combine(RepositoryPaths.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal));

    private static string Name(string document) => Path.GetRelativePath(RepositoryPaths.Root, document).Replace('\\', '/');

    private static IEnumerable<TestCaseData> Sessions()
    {
        foreach (var document in Documents())
        {
            var text = File.ReadAllText(document);
            var starts = FrozenClock().Matches(text).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
                var examples = CurlExample().Matches(text[starts[i].Index..end])
                    .Select(m => (Path: m.Groups["path"].Value, Reply: m.Groups["reply"].Value))
                    .ToList();
                var at = DateTimeOffset.Parse(starts[i].Groups["at"].Value, CultureInfo.InvariantCulture);
                yield return new TestCaseData(at, examples).SetArgDisplayNames($"{Name(document)} session {i + 1} at {starts[i].Groups["at"].Value}");
            }
        }
    }

    private static IEnumerable<TestCaseData> YamlExamples() =>
        Documents().SelectMany(document => YamlBlock().Matches(File.ReadAllText(document))
            .Select((m, i) => new TestCaseData(m.Groups["yaml"].Value).SetArgDisplayNames($"{Name(document)} yaml {i + 1}")));

    private static IEnumerable<TestCaseData> OtomaxRegexes() =>
        RegexRow().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "otomax.md")))
            .Select(m => new TestCaseData(Unescape(m.Groups["regex"].Value), m.Groups["value"].Value).SetArgDisplayNames(m.Groups["what"].Value));

    [Test]
    public void Documents_HaveCurlYamlAndRegexExamples()
    {
        Sessions().Should().HaveCountGreaterThan(2)
            .And.AllSatisfy(s => ((List<(string, string)>)s.Arguments[1]!).Should().NotBeEmpty());
        YamlExamples().Should().HaveCountGreaterThan(2);
        OtomaxRegexes().Should().HaveCountGreaterThan(5);
    }

    [TestCaseSource(nameof(Sessions))]
    public async Task CurlExamples_ReplyAsDocumentedInOrder(DateTimeOffset clock, List<(string Path, string Reply)> examples)
    {
        await using var factory = new EmulatorFactory(clock);
        using var client = factory.CreateClient();

        foreach (var (path, reply) in examples)
        {
            using var response = await client.GetAsync(path);
            (await response.ShouldBeKlikooLineAsync()).Should().Be(reply, path);
        }
    }

    private static IEnumerable<TestCaseData> AdminCalls() =>
        Documents().SelectMany(document => AdminCurl().Matches(File.ReadAllText(document))
            .Select(m => new TestCaseData(m.Groups["method"].Value, m.Groups["path"].Value, m.Groups["body"].Value)
                .SetArgDisplayNames($"{Name(document)} {m.Groups["method"].Value} {m.Groups["path"].Value}")));

    [Test]
    public void Documents_HaveAClockAdvanceForOtomaxOperators() =>
        AdminCurl().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "otomax.md"))).Select(m => m.Groups["path"].Value)
            .Should().Contain("/__admin/clock/advance");

    // The body of every admin call a document prints is one the emulator reads: never a 400 or 415, whatever the state.
    [TestCaseSource(nameof(AdminCalls))]
    public async Task AdminCurlExamples_BodyIsAccepted(string method, string path, string body)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        ((int)response.StatusCode).Should().NotBe(400, await response.Content.ReadAsStringAsync()).And.NotBe(415);
    }

    [TestCaseSource(nameof(YamlExamples))]
    public void YamlExamples_AreValidFixturesAloneOrWithTheShippedOnes(string yaml)
    {
        var alone = FixtureValidator.Validate([new FixtureFile("example.yaml", yaml)]);
        var withShipped = FixtureValidator.Validate([.. FixtureLoader.Load(RepositoryPaths.Fixtures), new FixtureFile("zz-example.yaml", yaml)]);

        (alone.IsValid || withShipped.IsValid).Should().BeTrue(string.Join(Environment.NewLine, withShipped.Errors));
    }

    [TestCaseSource(nameof(OtomaxRegexes))]
    public void OtomaxRegexes_PickTheDocumentedValueFromKlikoosLines(string pattern, string expected)
    {
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));

        DocumentedLines.All.Select(line => regex.Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .Should().Contain(expected);
    }

    // Markdown tables escape '|' inside code as '\|'; a reader copies the rendered regex, which has '|'.
    private static string Unescape(string cell) => cell.Replace("\\|", "|", StringComparison.Ordinal);

    [GeneratedRegex(@"--Klikoo:Clock:Fixed=(?<at>\S+)")]
    private static partial Regex FrozenClock();

    [GeneratedRegex(@"^\$ curl -s '(?:http://localhost:5080)(?<path>/[^']+)'\n(?<reply>R#[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex CurlExample();

    [GeneratedRegex(@"curl -s -X (?<method>POST|PUT) (?:http://)?localhost:5080(?<path>/__admin/\S+) -H 'Content-Type: application/json' -d '(?<body>[^']*)'")]
    private static partial Regex AdminCurl();

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    // | what | `regex` | `value` |
    [GeneratedRegex(@"^\| (?<what>[^|`]+?) \| `(?<regex>(?:[^`])+)` \| `(?<value>[^`]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex RegexRow();
}
