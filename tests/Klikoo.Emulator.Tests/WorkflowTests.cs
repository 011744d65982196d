using YamlDotNet.Serialization;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// The GitHub Actions workflows run the repository's own scripts (.ci/run, .ci/publish --release) rather than
/// steps of their own, attach every archive .ci/publish makes to the tag's release, and push the image the Dockerfile
/// builds. No GitHub runner here: read as files. .ci/run lints them with actionlint.
/// </summary>
public sealed class WorkflowTests
{
    private static readonly string[] Archives =
        ["klikoo-emulator-*-linux-x64.tar.gz", "klikoo-emulator-*-win-x64.zip", "klikoo-emulator-*-osx-arm64.tar.gz"];

    [Test]
    public void Ci_OnPushAndPullRequest_RunsDotCiRun()
    {
        var ci = Workflow("ci.yml");

        Map(ci["on"]).Keys.Should().BeEquivalentTo("push", "pull_request");
        Steps(ci).Select(s => s.GetValueOrDefault("run") as string).Should().Contain("bash .ci/run");
    }

    [Test]
    public void Release_OnVersionTag_PublishesEveryArchiveOfDotCiPublishAndTheImage()
    {
        var release = Workflow("release.yml");
        var steps = Steps(release).ToList();
        var upload = steps.Single(s => (s.GetValueOrDefault("uses") as string)?.StartsWith("softprops/action-gh-release@", StringComparison.Ordinal) == true);
        var build = steps.Single(s => (s.GetValueOrDefault("uses") as string)?.StartsWith("docker/build-push-action@", StringComparison.Ordinal) == true);
        var meta = steps.Single(s => (s.GetValueOrDefault("uses") as string)?.StartsWith("docker/metadata-action@", StringComparison.Ordinal) == true);

        ((List<object>)Map(Map(release["on"])["push"])["tags"]).Should().Equal("v*");
        steps.Select(s => s.GetValueOrDefault("run") as string).Should().Contain("bash .ci/publish --release artifacts/release");
        ((string)Map(upload["with"])["files"]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Should().Equal(Archives.Select(a => "artifacts/release/" + a));
        Map(build["with"])["file"].Should().Be("Dockerfile");
        Map(build["with"])["push"].Should().Be("true");
        ((string)Map(meta["with"])["images"]).Should().StartWith("ghcr.io/");
        steps.Should().Contain(s => (s.GetValueOrDefault("uses") as string ?? "").StartsWith("docker/login-action@", StringComparison.Ordinal));
    }

    [Test]
    public void DotCiPublish_MakesTheArchivesTheReleaseUploads()
    {
        var publish = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "publish"));

        publish.Should().Contain("for rid in linux-x64 win-x64 osx-arm64").And.Contain("folder=\"$out/$command-$version-$rid\"")
            .And.Contain("zip -qr \"$name.zip\"").And.Contain("-czf \"$2.tar.gz\"");
    }

    // GitHub resolves a relative link from the file's page (blob/<branch>/...) to the repository's Releases page.
    [TestCase("README.md", "../../releases")]
    [TestCase("docs/otomax.md", "../../../releases")]
    public void Docs_WithoutTheSdk_PointAtTheReleasesPageAndSayWhatWindowsDownloadsAndRuns(string document, string releases)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document));

        text.Should().Contain($"[Releases page]({releases})")
            .And.Contain("`" + Archives[1].Replace("*", "<version>", StringComparison.Ordinal) + "`")
            .And.Contain("klikoo-emulator.exe --port 5080");
    }

    [Test]
    public void DotCiRun_LintsTheWorkflows() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run")).Should().Contain("actionlint@").And.Contain(".github/workflows/*.yml");

    private static Dictionary<string, object> Workflow(string name) =>
        Map(new DeserializerBuilder().Build().Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", name)))!);

    private static IEnumerable<Dictionary<string, object>> Steps(Dictionary<string, object> workflow) =>
        Map(workflow["jobs"]).Values.Select(Map).SelectMany(job => ((List<object>)job["steps"]).Select(Map));

    private static Dictionary<string, object> Map(object value) =>
        ((Dictionary<object, object>)value).ToDictionary(p => (string)p.Key, p => p.Value);
}
