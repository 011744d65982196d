using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Commands;

public sealed class CommandLineTests
{
    [TestCase(new[] { "--port", "6000" }, new[] { "--urls=http://localhost:6000" })]
    [TestCase(new[] { "--port=6000", "--host", "0.0.0.0" }, new[] { "--urls=http://0.0.0.0:6000" })]
    [TestCase(new[] { "--fixtures", "./mine" }, new[] { "--Klikoo:Fixtures=./mine" })]
    [TestCase(new[] { "--fixtures=x", "--Klikoo:Seed=7" }, new[] { "--Klikoo:Fixtures=x", "--Klikoo:Seed=7" })]
    [TestCase(new[] { "--urls", "http://127.0.0.1:1" }, new[] { "--urls", "http://127.0.0.1:1" })]
    public void Normalize_FriendlyOptions_BecomeAspNetSettings(string[] args, string[] expected)
    {
        CommandLine.Normalize(args).Should().Equal(expected);
    }

    [Test]
    public async Task RunAsync_Serving_DoesNotWatchTheWorkingDirectoryForSettings()
    {
        var (exitCode, settings) = await CommandLine.RunAsync(["--port", "6000"]);

        exitCode.Should().BeNull();
        settings.Should().Equal("--hostBuilder:reloadConfigOnChange=false", "--urls=http://localhost:6000");
    }

    [Test]
    public void Normalize_OptionWithoutValue_SaysWhich()
    {
        var normalize = () => CommandLine.Normalize(["--port"]);

        normalize.Should().Throw<ArgumentException>().WithMessage("--port needs a value.");
    }

    [Test]
    public void Resolve_UnrelatedFixturesFolderAbove_Skipped()
    {
        using var unrelated = new TemporaryFixtures(("fixtures/data.yaml", "x: 1"));
        var below = Directory.CreateDirectory(Path.Combine(unrelated.Path, "work", "here")).FullName;

        FixturesFolder.Resolve(null, below, "/opt/tool").Should().Be("/opt/tool/fixtures");
    }

    [Test]
    public void Resolve_RepositoryFixturesAbove_Found()
    {
        FixturesFolder.Resolve(null, Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator"), "/opt/tool").Should().Be(RepositoryPaths.Fixtures);
    }
}
