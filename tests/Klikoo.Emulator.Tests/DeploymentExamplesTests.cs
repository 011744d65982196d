using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// The deployment examples of docs/shared-state.md (docs/deploy: Docker Compose, nginx, Kubernetes) agree with the
/// Dockerfile they run (its port, fixtures folder and health check), put every replica on the same Redis, keep the
/// admin API off the public port and set only settings the documentation names. No Docker engine or cluster runs
/// here, so they are read as files.
/// </summary>
public sealed partial class DeploymentExamplesTests
{
    private static readonly string[] NginxPorts = ["5080:5080", "127.0.0.1:5081:5081"];

    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    private static string ImagePort => ExposeLine().Match(Dockerfile).Groups["port"].Value;

    private static string ImageFixtures => FixturesLine().Match(Dockerfile).Groups["path"].Value;

    [Test]
    public void Dockerfile_PortFixturesAndHealthCheck_FoundForTheChecksBelow()
    {
        ImagePort.Should().Be("5080");
        ImageFixtures.Should().Be("/fixtures");
        HealthCheckCommand().Should().Equal("/app/klikoo-emulator", "healthcheck", "http://localhost:5080");
    }

    [Test]
    public void Compose_TwoReplicas_TheRepositorysDockerfileOnOneRedisWithTheFixturesReadOnly()
    {
        var services = Map(Yaml(Deploy("docker-compose.yml"))["services"]);
        var replicas = services.Where(s => s.Key.StartsWith("emulator-", StringComparison.Ordinal)).ToList();

        replicas.Should().HaveCount(2);
        Map(services["redis"])["image"].Should().Be("redis:7");
        foreach (var (name, value) in replicas)
        {
            var replica = Map(value);
            var context = Path.Combine(RepositoryPaths.Root, "docs", "deploy", (string)Map(replica["build"])["context"]);
            File.Exists(Path.Combine(context, "Dockerfile")).Should().BeTrue(name);
            var environment = Map(replica["environment"]);
            environment["Klikoo__State__Redis"].Should().Be("redis:6379", name);
            environment["Klikoo__State__Replica"].Should().Be(name);
            environment.Should().ContainKey("Klikoo__Admin__Token", "behind nginx no admin call comes from loopback");
            ((List<object>)replica["volumes"]).Should().Contain($"../../fixtures:{ImageFixtures}:ro", name);
        }
    }

    [Test]
    public void Nginx_Upstreams_TheComposeReplicasOnTheImagesPortAndNoAdminOnThePublicPort()
    {
        var nginx = Deploy("nginx.conf");
        var services = Map(Yaml(Deploy("docker-compose.yml"))["services"]);

        UpstreamServer().Matches(nginx).Select(m => m.Groups["address"].Value).Should().BeEquivalentTo(
            services.Keys.Where(k => k.StartsWith("emulator-", StringComparison.Ordinal)).Select(k => $"{k}:{ImagePort}"));
        var publicServer = nginx[nginx.IndexOf("listen 5080;", StringComparison.Ordinal)..nginx.IndexOf("listen 5081;", StringComparison.Ordinal)];
        publicServer.Should().Contain("location ~* ^/__admin {\n      return 404;", "case-insensitive, as the emulator's routes");
        ((List<object>)Map(services["nginx"])["ports"]).Should().BeEquivalentTo(NginxPorts);
    }

    [Test]
    public void Kubernetes_Emulator_TwoReplicasOnTheRedisServiceWithTheImagesPortFixturesAndHealthCheck()
    {
        var documents = Deploy("kubernetes.yaml").Split("\n---\n").Select(Yaml).ToList();
        var redisService = documents.Single(d => Equals(d["kind"], "Service") && Equals(Map(d["metadata"])["name"], "klikoo-redis"));
        var emulator = documents.Single(d => Equals(d["kind"], "Deployment") && Equals(Map(d["metadata"])["name"], "klikoo-emulator"));

        var spec = Map(emulator["spec"]);
        spec["replicas"].Should().Be("2");
        var pod = Map(Map(spec["template"])["spec"]);
        var container = Map(((List<object>)pod["containers"])[0]);
        Map(((List<object>)container["ports"])[0])["containerPort"].Should().Be(ImagePort);
        Map(((List<object>)container["volumeMounts"])[0])["mountPath"].Should().Be(ImageFixtures);
        ((List<object>)Map(Map(container["readinessProbe"])["exec"])["command"]).Should().Equal(HealthCheckCommand());
        var redis = ((List<object>)container["env"]).Select(Map).Single(e => Equals(e["name"], "Klikoo__State__Redis"));
        redis["value"].Should().Be($"klikoo-redis:{Map(((List<object>)Map(redisService["spec"])["ports"])[0])["port"]}");
    }

    [TestCase("docker-compose.yml")]
    [TestCase("kubernetes.yaml")]
    public void DeployFile_Settings_OnlyKeysTheDocumentationNames(string file)
    {
        var documented = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md")) +
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "shared-state.md"));

        var keys = Setting().Matches(Deploy(file)).Select(m => m.Value.Replace("__", ":", StringComparison.Ordinal)).Distinct().ToList();

        keys.Should().NotBeEmpty().And.AllSatisfy(key => documented.Should().Contain($"`{key}`"));
    }

    private static string Deploy(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deploy", name));

    // Compose files use merge keys (<<: *anchor); the merging parser expands them as Docker Compose does.
    private static Dictionary<string, object> Yaml(string text) =>
        Map(new DeserializerBuilder().Build().Deserialize(new MergingParser(new Parser(new StringReader(text))))!);

    private static Dictionary<string, object> Map(object value) =>
        ((Dictionary<object, object>)value).ToDictionary(p => (string)p.Key, p => p.Value);

    private static List<string> HealthCheckCommand() =>
        JsonSerializer.Deserialize<List<string>>(HealthCheckLine().Match(Dockerfile).Groups["command"].Value)!;

    [GeneratedRegex(@"^EXPOSE (?<port>\d+)$", RegexOptions.Multiline)]
    private static partial Regex ExposeLine();

    [GeneratedRegex(@"Klikoo__Fixtures=(?<path>\S+)")]
    private static partial Regex FixturesLine();

    [GeneratedRegex(@"^HEALTHCHECK .* CMD (?<command>\[.*\])$", RegexOptions.Multiline)]
    private static partial Regex HealthCheckLine();

    [GeneratedRegex(@"^\s+server (?<address>[\w-]+:\d+)", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"\bKlikoo__\w+")]
    private static partial Regex Setting();
}
