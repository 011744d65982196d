
namespace Klikoo.Emulator.Commands;

/// <summary>
/// The friendly options of the <c>klikoo-emulator</c> command, turned into standard ASP.NET configuration, so
/// <c>--port 5080 --fixtures ./fixtures</c> and <c>--urls ... --Klikoo:Fixtures=...</c> mean the same.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Klikoo Emulator: Klikoo's IRS/Otomax interface, offline.

        usage: klikoo-emulator [--port 5080] [--host localhost] [--fixtures <folder>] [--redis <host:port>] [--Klikoo:<key>=<value> ...]
               klikoo-emulator validate [<folder>]
               klikoo-emulator export-wiremock [<folder>] [--out <dir>] [--at <time>]
               klikoo-emulator healthcheck [<url>]

          --port        port to listen on (default 5080)
          --host        address to listen on: localhost (default), 0.0.0.0 for every interface
          --fixtures    fixtures folder (default: ./fixtures or the shipped ones)
          --redis       keep transactions, balances and the clock in this Redis, shared by replicas (default: in memory)
          validate      check fixture files; every error as file:line:column; exit 0 only when all are valid
          export-wiremock  write the fixture customers' inquiry replies as WireMock.Net mappings
          healthcheck   exit 0 when the emulator at <url> (default http://localhost:5080) answers /__admin/health

        Any ASP.NET Core setting works too, e.g. --urls http://0.0.0.0:5080 --Klikoo:Clock:Fixed=2024-11-12T12:32:55.821005+07:00
        """;

    /// <summary>
    /// Settings are read once at start; watching appsettings.json for changes would make the host put a watch on
    /// every folder below the working directory (inotify on Linux), a walk of the whole tree before the first reply:
    /// hundreds of milliseconds in a repository checkout. First, so a later argument can still turn it back on.
    /// </summary>
    public const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    private static readonly string[] ValuedOptions = ["--port", "--host", "--fixtures", "--redis"];

    /// <summary>
    /// Runs what the command line asks for other than serving (help, validate, export-wiremock, healthcheck) and
    /// returns its exit code; or, to serve, the ASP.NET settings. A bad option gives the usage and exit code 2.
    /// </summary>
    public static async Task<(int? ExitCode, string[] Settings)> RunAsync(string[] args)
    {
        if (WantsHelp(args))
        {
            Console.WriteLine(Usage);
            return (0, []);
        }

        switch (args)
        {
            case [ValidateCommand.Name, .. var folder]:
                return (ValidateCommand.Run(folder, Console.Out, Console.Error), []);
            case [WireMockExport.Name, .. var exportArguments]:
                return (WireMockExport.Run(exportArguments, WallClock.Instance, Console.Out, Console.Error), []);
            case [HealthCheckCommand.Name, .. var target]:
                return (await HealthCheckCommand.RunAsync(target), []);
        }

        try
        {
            return (null, [NoConfigReload, .. Normalize(args)]);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}{Environment.NewLine}{Environment.NewLine}{Usage}");
            return (2, []);
        }
    }

    /// <summary>Rewrites <c>--port</c>, <c>--host</c>, <c>--fixtures</c> and <c>--redis</c>; everything else passes through unchanged.</summary>
    public static string[] Normalize(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        string? port = null;
        string? host = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args, ref i);
            switch (name)
            {
                case "--port":
                    port = value;
                    break;
                case "--host":
                    host = value;
                    break;
                case "--fixtures":
                    result.Add($"--Klikoo:Fixtures={value}");
                    break;
                case "--redis":
                    result.Add($"--Klikoo:State:Redis={value}");
                    break;
                default:
                    result.Add(args[i]);
                    break;
            }
        }

        if (port is not null || host is not null)
        {
            result.Add($"--urls=http://{host ?? "localhost"}:{port ?? "5080"}");
        }

        return [.. result];
    }

    private static bool WantsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?");

    // "--port 5080" or "--port=5080"; any other argument comes back whole, with no value.
    private static (string Name, string? Value) Split(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? arg[..equals] : arg;
        if (!ValuedOptions.Contains(name, StringComparer.Ordinal))
        {
            return (arg, null);
        }

        if (equals > 0)
        {
            return (name, arg[(equals + 1)..]);
        }

        return i + 1 < args.Count ? (name, args[++i]) : throw new ArgumentException($"{arg} needs a value.");
    }
}
