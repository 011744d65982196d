using System.Diagnostics;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// The README's test command on a fresh machine: this test assembly run again, by <c>dotnet test</c>, on a few suites
/// that need redis-server, with none installed or a broken one. It passes, says what it skipped and why, names the
/// Memory and Redis variants apart and leaves nothing in the temporary folder; under KLIKOO_REQUIRE_REDIS=1 it fails once.
/// </summary>
[NonParallelizable]
public sealed class TestRunWithoutRedisTests
{
    private const string Suites =
        "FullyQualifiedName~Klikoo.Emulator.Tests.Scenarios.ScenarioOutcomeTests|FullyQualifiedName~Klikoo.Emulator.Tests.Callbacks.CallbackTests" +
        "|FullyQualifiedName~Klikoo.Emulator.Tests.State.RedisServerTests|FullyQualifiedName~Klikoo.Emulator.Tests.State.RedisRequirementTests";

    private TemporaryFixtures _temp = null!;

    [SetUp]
    public void CreateTemporaryFolder() => _temp = new TemporaryFixtures();

    [TearDown]
    public void DeleteTemporaryFolder() => _temp.Dispose();

    [Test]
    public async Task DotnetTest_NoRedisServer_PassesSkippingRedisVariantsWithTheReason()
    {
        var (exitCode, output) = await DotnetTestAsync(Path.Combine(_temp.Path, "not-installed", "redis-server"), required: false);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            exitCode.Should().Be(0, output);
            output.Should().MatchRegex(@"Klikoo\.Emulator\.Tests\.dll: \d+ test\(s\) skipped in CallbackTests\(Redis\), RedisRequirementTests, RedisServerTests, ScenarioOutcomeTests\(Redis\): redis-server is not installed");
            output.Should().Contain("Skipped Klikoo.Emulator.Tests.Scenarios.ScenarioOutcomeTests(Redis).Inquiry_RuleWithFailure_FailsWithItsReason");
            output.Should().NotContain("ScenarioOutcomeTests(Memory).Inquiry_RuleWithFailure_FailsWithItsReason", "a test that passed is not listed");
            LeftInTemporaryFolder().Should().BeEmpty();
        }
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a shell script stands in for the broken redis-server
    public async Task DotnetTest_BrokenRedisServer_PassesSkippingRedisVariantsWithWhatItSaid()
    {
        var broken = Path.Combine(_temp.Path, "redis-server");
        File.WriteAllText(broken, "#!/bin/sh\necho 'not a redis server' >&2\nexit 1\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exitCode, output) = await DotnetTestAsync(broken, required: false);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            exitCode.Should().Be(0, output);
            output.Should().Contain($"skipped in CallbackTests(Redis), RedisRequirementTests, RedisServerTests, ScenarioOutcomeTests(Redis): the redis-server at {broken} does not start (redis-server exited with code 1: not a redis server)");
            LeftInTemporaryFolder().Should().BeEmpty();
        }
    }

    [Test]
    public async Task DotnetTest_NoRedisServerButRequired_FailsOnceSayingWhy()
    {
        var (exitCode, output) = await DotnetTestAsync(Path.Combine(_temp.Path, "not-installed", "redis-server"), required: true);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            exitCode.Should().NotBe(0, output);
            output.Should().MatchRegex(@"Failed! +- Failed: +1, Passed: +\d+, Skipped: +\d+");
            output.Should().Contain("Failed Klikoo.Emulator.Tests.State.RedisRequirementTests.RedisServer_OnThisMachine_StartsOrIsNotRequired");
            output.Should().Contain("KLIKOO_REQUIRE_REDIS=1, but redis-server is not installed");
            LeftInTemporaryFolder().Should().BeEmpty();
        }
    }

    private IEnumerable<string> LeftInTemporaryFolder() =>
        Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "tmp")).Select(Path.GetFileName).Where(name => name!.StartsWith("klikoo-", StringComparison.Ordinal))!;

    private async Task<(int ExitCode, string Output)> DotnetTestAsync(string redisServer, bool required)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in (string[])["test", Path.Combine(AppContext.BaseDirectory, "Klikoo.Emulator.Tests.dll"), "--settings", Path.Combine(RepositoryPaths.Root, "tests", "tests.runsettings"), "--filter", Suites])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[RedisServer.PathVariable] = redisServer;
        info.Environment.Remove(RedisServer.RequireVariable);
        if (required)
        {
            info.Environment[RedisServer.RequireVariable] = "1";
        }

        info.Environment["TMPDIR"] = Directory.CreateDirectory(Path.Combine(_temp.Path, "tmp")).FullName;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet test.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
