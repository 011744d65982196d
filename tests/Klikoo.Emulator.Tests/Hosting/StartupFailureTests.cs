using System.Net;
using System.Net.Sockets;
using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>
/// A start that cannot serve ends, through the real process as a user starts it, with one plain line naming the
/// problem and its fix, exit code 2, and no stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    [Test]
    public async Task Start_SecondInstanceOnTheSamePort_NamesTheNextPort()
    {
        await using var first = await EmulatorProcess.StartAsync([]);
        var port = first.BaseAddress.Port;

        var run = await EmulatorProcess.RunUntilExitAsync([$"--urls={first.BaseAddress}"]);

        ShouldBeOnePlainProblem(run).Should().Be(
            $"port {port} on 127.0.0.1 is in use (another emulator?): start with --host 127.0.0.1 --port {port + 1}");
    }

    [Test]
    public async Task Start_LocalhostPortHeldByAnotherListener_SuggestsThePortAfterIt()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", $"{port}"]);

        ShouldBeOnePlainProblem(run).Should().Be($"port {port} is in use (another emulator?): start with --port {port + 1}");
    }

    // Root may bind port 80 and read any folder, so these run the emulator as 'nobody', as a developer's account would.
    private static readonly string[] AsNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];

    [Test]
    public async Task Start_Port80AsAnUnprivilegedUser_SaysPortsBelow1024NeedRoot()
    {
        RequireRootToDropPrivileges();
        if (UnprivilegedPortStart() <= 80)
        {
            Assert.Ignore("Port 80 is open to every user on this machine.");
        }

        var run = await EmulatorProcess.RunUntilExitAsync(["--urls=http://127.0.0.1:80", $"--Klikoo:Fixtures={RepositoryPaths.Fixtures}"], launcher: AsNobody);

        ShouldBeOnePlainProblem(run).Should().Be(
            "no permission to listen on port 80 (ports below 1024 need root): start with --host 127.0.0.1 --port 5080");
    }

    [TestCase("--urls", "nonsense", "--urls 'nonsense' is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080")]
    [TestCase("--urls", "http://localhost:notaport", "--urls 'http://localhost:notaport': 'notaport' is not a port (0-65535): start with e.g. --port 5080")]
    [TestCase("--urls", "http://localhost:99999", "--urls 'http://localhost:99999': '99999' is not a port (0-65535): start with e.g. --port 5080")]
    [TestCase("--urls", "ftp://localhost:5080", "--urls 'ftp://localhost:5080': only http:// and https:// are served: start with e.g. --urls http://localhost:5080")]
    [TestCase("--port", "notaport", "--urls 'http://localhost:notaport': 'notaport' is not a port (0-65535): start with e.g. --port 5080")]
    public async Task Start_BadAddress_SaysWhatIsWrongWithIt(string option, string value, string expected)
    {
        var run = await EmulatorProcess.RunUntilExitAsync([option, value]);

        ShouldBeOnePlainProblem(run).Should().Be(expected);
    }

    [Test]
    public async Task Start_MissingFixturesFolder_NamesItAndTheOption()
    {
        var missing = Path.Combine(Path.GetTempPath(), "klikoo-no-such-fixtures-" + Path.GetRandomFileName());

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), "--fixtures", missing]);

        ShouldBeOnePlainProblem(run).Should().Be($"fixtures folder '{missing}' does not exist: start with --fixtures <folder>");
    }

    [Test]
    public async Task Start_FixturesPathIsAFile_SaysSo()
    {
        using var folder = new TemporaryFixtures(("clients.yaml", "clients: []\n"));
        var file = Path.Combine(folder.Path, "clients.yaml");

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), $"--Klikoo:Fixtures={file}"]);

        ShouldBeOnePlainProblem(run).Should().Be($"fixtures folder '{file}' is a file, not a folder: start with --fixtures <folder>");
    }

    [Test]
    public async Task Start_UnreadableFixtureFile_ALocatedFixtureErrorExitCode1()
    {
        // A symbolic link to itself cannot be read even by root (ELOOP), as a file without read permission cannot by
        // others. The folder is readable, so this is one file's problem, listed like any other fixture error.
        using var folder = TemporaryFixtures.ShippedPlus();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop.yaml"), Path.Combine(folder.Path, "loop.yaml"));

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), "--fixtures", folder.Path]);

        var all = run.StandardOutput + run.StandardError;
        using (new AssertionScope(all))
        {
            run.ExitCode.Should().Be(1);
            all.Should().Contain("loop.yaml:1:1: ").And.NotContain("   at ").And.NotContain("Unhandled");
        }
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Start_FixturesFolderWithoutReadPermission_NamesTheFolderAndTheFix()
    {
        RequireRootToDropPrivileges();
        using var folder = TemporaryFixtures.ShippedPlus();
        File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), "--fixtures", folder.Path], launcher: AsNobody);

        ShouldBeOnePlainProblem(run).Should().StartWith($"cannot read fixtures folder '{folder.Path}' (")
            .And.Contain("denied").And.EndWith("): fix its permissions or start with --fixtures <folder>");
    }

    [TestCase("--Klikoo:Transactions:Capacity=0", "invalid setting: Klikoo:Transactions:Capacity must be from 1 to 10000000, not 0.")]
    [TestCase("--Klikoo:Transactions:Ids=Sequential", "invalid setting: Failed to convert configuration value 'Sequential' at 'Klikoo:Transactions:Ids' to type 'Klikoo.Emulator.Transactions.TransactionIdStyle'.")]
    [TestCase("--Klikoo:Seed=abc", "invalid setting: Failed to convert configuration value 'abc' at 'Klikoo:Seed' to type 'System.Int32'.")]
    [TestCase("--Klikoo:Clock:Fixed=2024-11-29T10:59:32.076824", "invalid setting: Klikoo:Clock:Fixed needs an offset, e.g. 2024-11-29T10:59:32+07:00 (WIB) or 2024-11-29T03:59:32Z: without one it would mean this machine's time zone, and replies would differ between machines.")]
    [TestCase("--Klikoo:OpenApi:TokenKey=0011", "invalid setting: Klikoo:OpenApi:TokenKey must be 32 bytes written as 64 hex digits or in base64, e.g. from 'openssl rand -hex 32'.")]
    [TestCase("--Klikoo:Journal:MaxBytes=4096", "invalid setting: Klikoo:Journal:MaxBytes must give each of the Klikoo:Journal:Capacity entries at least 4096 bytes, and be at most 17179869184 (16 GiB), not 4096.")]
    public async Task Start_InvalidSetting_NamesIt(string setting, string expected)
    {
        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), setting]);

        ShouldBeOnePlainProblem(run).Should().Be(expected);
    }

    [Test]
    public async Task Start_BadSettingsInTwoSections_BothNamedOnOneLine()
    {
        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort(), "--Klikoo:Transactions:PendingCapacity=0", "--Klikoo:Callbacks:Senders=0"]);

        ShouldBeOnePlainProblem(run).Should().Be(
            "invalid setting: Klikoo:Transactions:PendingCapacity must be from 1 to 10000000, not 0.; Klikoo:Callbacks:Senders must be from 1 to 64, not 0.");
    }

    // Exit code 2, no stack frame, at most a few lines in all; the problem is the last line written to stderr.
    private static string ShouldBeOnePlainProblem((int ExitCode, string StandardOutput, string StandardError) run)
    {
        var all = run.StandardOutput + run.StandardError;
        var lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using (new AssertionScope(all))
        {
            run.ExitCode.Should().Be(2);
            lines.Length.Should().BeInRange(1, 3);
            all.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("Unhandled");
        }

        return run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void RequireRootToDropPrivileges()
    {
        if (Environment.UserName != "root" || !File.Exists(AsNobody[0]))
        {
            Assert.Ignore("Needs root and setpriv to run the emulator as an unprivileged user.");
        }
    }

    private static int UnprivilegedPortStart() =>
        File.Exists("/proc/sys/net/ipv4/ip_unprivileged_port_start")
            ? int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_unprivileged_port_start").Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : 1024;
}
