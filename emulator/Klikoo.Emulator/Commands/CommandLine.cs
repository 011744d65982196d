
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
               klikoo-emulator help
               klikoo-emulator validate [<folder>]
               klikoo-emulator export-wiremock [<folder>] [--out <dir>] [--at <time>]
               klikoo-emulator import-products <price-list.json> --out <products.yaml> [--family <category-or-code-prefix>=<family> ...]
               klikoo-emulator check-parser [--sn <regex>] [--price <regex>] [--saldo <regex>] [<folder>]
               klikoo-emulator healthcheck [<url>]

          --port        port to listen on (default 5080)
          --host        address to listen on: localhost (default), 0.0.0.0 for every interface
          --fixtures    fixtures folder (default: ./fixtures or the shipped ones)
          --redis       keep transactions, balances and the clock in this Redis, shared by replicas (default: in memory)
          validate      check fixture files; every error as file:line:column; exit 0 only when all are valid
          export-wiremock  write the fixture customers' inquiry replies as WireMock.Net mappings
          import-products  turn a saved Open API price list (POST products) into a products fixture file;
                        products that fit no family are listed, bad input as file:line:column and nothing written
          check-parser  an Otomax terminal's SN, price and balance patterns (.NET named groups sn, price, saldo) against
                        every reply of the fixtures; exit 0 when each line yields exactly its value, 1 listing those that do not
          healthcheck   exit 0 when the emulator at <url> (default http://localhost:5080) answers /__admin/health

        Settings work too: every Klikoo key of docs/configuration.md, e.g. --Klikoo:Clock:Fixed=2024-11-12T12:32:55.821005+07:00
        (or --Klikoo__Clock__Fixed=...), and ASP.NET Core's --urls, --environment, --Logging:..., --Kestrel:... and the like.
        An unknown option or command stops the start with one line naming the nearest valid one (exit code 2).
        """;

    /// <summary>
    /// Settings are read once at start; watching appsettings.json for changes would make the host put a watch on
    /// every folder below the working directory (inotify on Linux), a walk of the whole tree before the first reply:
    /// hundreds of milliseconds in a repository checkout. First, so a later argument can still turn it back on.
    /// </summary>
    public const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    private const string HelpCommand = "help";

    private static readonly string[] Commands = [ValidateCommand.Name, WireMockExport.Name, ImportProductsCommand.Name, CheckParserCommand.Name, HealthCheckCommand.Name, HelpCommand];

    /// <summary>
    /// Runs what the command line asks for other than serving (help, validate, export-wiremock, import-products, check-parser, healthcheck) and
    /// returns its exit code; or, to serve, the ASP.NET settings. An unknown option or command, or an option without
    /// its value, gives one line naming the nearest valid one and exit code 2.
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
            case [ImportProductsCommand.Name, .. var importArguments]:
                return (ImportProductsCommand.Run(importArguments, Console.Out, Console.Error), []);
            case [CheckParserCommand.Name, .. var parserArguments]:
                return (CheckParserCommand.Run(parserArguments, Console.Out, Console.Error), []);
            case [HealthCheckCommand.Name, .. var target]:
                return (await HealthCheckCommand.RunAsync(target), []);
        }

        try
        {
            return (null, [NoConfigReload, .. Normalize(args)]);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return (2, []);
        }
    }

    /// <summary>
    /// Rewrites <c>--port</c>, <c>--host</c>, <c>--fixtures</c> and <c>--redis</c>, and a key spelt as an environment
    /// variable (<c>--Klikoo__Seed=7</c>); passes every other known setting through unchanged, in ASP.NET's forms
    /// (<c>--key value</c>, <c>--key=value</c>, <c>/key value</c>, <c>key=value</c>). Anything else throws an
    /// <see cref="ArgumentException"/> whose message is the one line to print.
    /// </summary>
    public static string[] Normalize(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        string? port = null;
        string? host = null;
        for (var i = 0; i < args.Count; i++)
        {
            var first = i;
            var (key, value, respelt) = Split(args, ref i);
            switch (key.ToLowerInvariant())
            {
                case "port":
                    port = value;
                    break;
                case "host":
                    host = value;
                    break;
                case "fixtures":
                    result.Add($"--Klikoo:Fixtures={value}");
                    break;
                case "redis":
                    result.Add($"--Klikoo:State:Redis={value}");
                    break;
                case var _ when respelt:
                    result.Add($"--{key}={value}");
                    break;
                default:
                    result.AddRange(args.Skip(first).Take(i - first + 1));
                    break;
            }
        }

        if (port is not null || host is not null)
        {
            result.Add($"--urls=http://{host ?? "localhost"}:{port ?? "5080"}");
        }

        return [.. result];
    }

    private static bool WantsHelp(IReadOnlyList<string> args) => args is [HelpCommand, ..] || args.Any(a => a is "--help" or "-h" or "-?");

    // One setting, as ASP.NET's command-line configuration reads it: its key and its value, the next argument unless
    // given after "="; i is left on the last argument read. A key spelt as an environment variable, "__" for ":", is
    // respelt. An unknown key, or a single-dash option ASP.NET would ignore or reject, throws.
    private static (string Key, string Value, bool Respelt) Split(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var dashes = arg.StartsWith("--", StringComparison.Ordinal) ? 2 : arg.StartsWith('-') || arg.StartsWith('/') ? 1 : 0;
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (dashes == 0 && equals < 0)
        {
            throw new ArgumentException(UnknownCommand(arg, first: i == 0));
        }

        var spelt = equals > 0 ? arg[dashes..equals] : arg[dashes..];
        var key = spelt.Replace("__", ":", StringComparison.Ordinal);
        var emptySection = equals == arg.Length - 1 && KnownSettings.IsSection(key);
        if ((dashes == 1 && arg.StartsWith('-')) || !(KnownSettings.IsKnown(key) || emptySection))
        {
            throw new ArgumentException($"unknown option '{(equals > 0 ? arg[..equals] : arg)}': did you mean --{KnownSettings.Nearest(key)}? (--help lists the options)");
        }

        if (equals > 0)
        {
            return (key, arg[(equals + 1)..], key != spelt);
        }

        return i + 1 < args.Count ? (key, args[++i], key != spelt) : throw new ArgumentException($"{arg} needs a value.");
    }

    private static string UnknownCommand(string word, bool first) =>
        Commands.Contains(word, StringComparer.Ordinal) ? $"'{word}' needs nothing before it: klikoo-emulator {word} ..."
        : first ? $"unknown command '{word}': did you mean {Closest.To(word, Commands)}? (--help lists the commands)"
        : $"unexpected '{word}': an option is --name <value> or --name=<value> (--help lists them)";
}
