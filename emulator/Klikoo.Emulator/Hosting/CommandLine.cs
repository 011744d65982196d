namespace Klikoo.Emulator.Hosting;

/// <summary>
/// The friendly options of the <c>klikoo-emulator</c> command, turned into standard ASP.NET configuration, so
/// <c>--port 5080 --fixtures ./fixtures</c> and <c>--urls ... --Klikoo:Fixtures=...</c> mean the same.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Klikoo Emulator: Klikoo's IRS/Otomax interface, offline.

        usage: klikoo-emulator [--port 5080] [--host localhost] [--fixtures <folder>] [--Klikoo:<key>=<value> ...]
               klikoo-emulator validate [<folder>]
               klikoo-emulator export-wiremock [<folder>] [--out <dir>] [--at <time>]
               klikoo-emulator healthcheck [<url>]

          --port        port to listen on (default 5080)
          --host        address to listen on: localhost (default), 0.0.0.0 for every interface
          --fixtures    fixtures folder (default: ./fixtures or the shipped ones)
          validate      check fixture files; every error as file:line:column; exit 0 only when all are valid
          export-wiremock  write the fixture customers' inquiry replies as WireMock.Net mappings
          healthcheck   exit 0 when the emulator at <url> (default http://localhost:5080) answers /__admin/health

        Any ASP.NET Core setting works too, e.g. --urls http://0.0.0.0:5080 --Klikoo:Clock:Fixed=2024-11-12T12:32:55.821005+07:00
        """;

    /// <summary>Rewrites <c>--port</c>, <c>--host</c> and <c>--fixtures</c>; everything else passes through unchanged.</summary>
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

    public static bool WantsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?");

    // "--port 5080" or "--port=5080"; other arguments come back with a null value.
    private static (string Name, string? Value) Split(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        if (arg is not ("--port" or "--host" or "--fixtures") && !arg.StartsWith("--port=", StringComparison.Ordinal) &&
            !arg.StartsWith("--host=", StringComparison.Ordinal) && !arg.StartsWith("--fixtures=", StringComparison.Ordinal))
        {
            return (arg, null);
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{arg} needs a value.");
        }

        return (arg, args[++i]);
    }
}
