using FsCheck.Fluent;
using Klikoo.Emulator.State;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// <c>--redis</c> is typed by hand: whatever a user writes, the emulator either takes it or stops with one line naming
/// the setting (exit code 2), never a stack trace. No redis-server is needed: a bad address is refused before any
/// connection is tried.
/// </summary>
public class RedisAddressTests
{
    [TestCase("foo=bar")]
    [TestCase(",,,")]
    [TestCase("host:99999")]
    [TestCase("localhost:-1")]
    public async Task Start_UnreadableRedisAddress_ExitCode2AndOneLineNamingTheSetting(string address)
    {
        var run = await EmulatorProcess.RunUntilExitAsync(["--port", "0", "--redis", address]);

        var all = run.StandardOutput + run.StandardError;
        using (new FluentAssertions.Execution.AssertionScope(all))
        {
            run.ExitCode.Should().Be(2);
            all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
                .Which.Should().StartWith("invalid setting: ").And.Contain("Klikoo:State:Redis");
            all.Should().NotContain("   at ").And.NotContain("Exception");
        }
    }

    [Test]
    public void Problem_ThousandsOfTypedAddresses_NeverThrowsAndAcceptsOnlyWhatConnects()
    {
        // Pieces of what people type into a connection string, joined at random: hosts, ports (huge, negative, not
        // digits), keywords known and unknown, separators, stray characters.
        var piece = Gen.Elements(
            "localhost", "127.0.0.1", "redis", "[::1]", "", " ", ":", "6379", "99999", "-1", "0", "65535", "abc", "9999999999999999999",
            ",", "=", "password=x", "ssl=true", "ssl=maybe", "abortConnect=false", "foo=bar", "connectTimeout=-5", "syncTimeout=1e9",
            "\t", "ä", "\\", "\"", "redis://localhost:6379", ";", "allowAdmin=true", "defaultDatabase=99");
        var addresses = Generated.Cases(Gen.ListOf(piece).Select(parts => string.Concat(parts)), 20261126, 5000);

        foreach (var address in addresses)
        {
            var problem = FluentActions.Invoking(() => RedisAddress.Problem(address)).Should().NotThrow().Subject;
            if (problem is null)
            {
                FluentActions.Invoking(() => StackExchange.Redis.ConfigurationOptions.Parse(address)).Should().NotThrow(address);
                StackExchange.Redis.ConfigurationOptions.Parse(address).EndPoints.Should().NotBeEmpty(address);
            }
            else if (!string.IsNullOrWhiteSpace(address))
            {
                // Blank means no Redis (state in memory), so only a written address is checked.
                new StateOptionsValidator().Validate(null, new StateOptions { Redis = address }).Failures.Should().ContainSingle(address)
                    .Which.Should().Be($"Klikoo:State:Redis {problem}", address);
            }
        }
    }
}
