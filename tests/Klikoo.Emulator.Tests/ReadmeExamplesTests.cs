using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests;

/// <summary>Every curl example in README.md, replayed in process: the replies users read are the replies they get.</summary>
public sealed partial class ReadmeExamplesTests
{
    // The README starts the emulator with this frozen clock before its examples.
    private static readonly DateTimeOffset ReadmeClock = DateTimeOffset.Parse("2024-11-29T10:59:32.076824+07:00", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<TestCaseData> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return CurlExample().Matches(readme)
            .Select(m => new TestCaseData(m.Groups["path"].Value, m.Groups["reply"].Value).SetArgDisplayNames(m.Groups["reply"].Value[..Math.Min(40, m.Groups["reply"].Value.Length)]));
    }

    [Test]
    public void Readme_HasCurlExamples()
    {
        Examples().Should().HaveCountGreaterThan(8);
    }

    [TestCaseSource(nameof(Examples))]
    public async Task Readme_CurlExample_RepliesAsDocumented(string pathAndQuery, string reply)
    {
        await using var factory = new EmulatorFactory(ReadmeClock);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(pathAndQuery);

        (await response.ShouldBeKlikooLineAsync()).Should().Be(reply);
    }

    [GeneratedRegex(@"^\$ curl -s '(?:http://localhost:5080)(?<path>/[^']+)'\n(?<reply>R#[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex CurlExample();
}
