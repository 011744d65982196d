using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Hosting;

/// <summary>
/// Puts a start-up failure a user can fix (a port in use, an address that is not a URL, a missing or unreadable
/// fixtures folder, a bad setting) into one plain line: the problem, then the fix. Null for anything else.
/// </summary>
internal static partial class StartupProblem
{
    private const int DefaultPort = 5080;
    private const int FirstUnprivilegedPort = 1024;

    /// <summary>Checks <c>--urls</c> (semicolon-separated) before Kestrel reads it: it takes some garbage silently.</summary>
    public static string? ForUrls(string? urls)
    {
        foreach (var url in Split(urls))
        {
            if (ListenAddress.Check(url) is { } problem)
            {
                return $"--urls '{url}'{problem}";
            }
        }

        return null;
    }

    /// <summary>Loading the fixtures failed for want of a folder, not because of what the files say.</summary>
    public static string? ForFixtures(Exception exception, string folder) => exception switch
    {
        DirectoryNotFoundException when File.Exists(folder) => $"fixtures folder '{folder}' is a file, not a folder: start with --fixtures <folder>",
        DirectoryNotFoundException => $"fixtures folder '{folder}' does not exist: start with --fixtures <folder>",
        UnauthorizedAccessException or IOException =>
            $"cannot read fixtures folder '{folder}' ({exception.Message.TrimEnd('.')}): fix its permissions or start with --fixtures <folder>",
        _ => ForSetting(exception),
    };

    /// <summary>Starting the host failed: a socket that cannot be bound, or a setting that does not validate.</summary>
    public static string? ForStart(Exception exception, string? urls)
    {
        if (ForSetting(exception) is { } setting)
        {
            return setting;
        }

        var socket = Chain(exception).OfType<SocketException>().FirstOrDefault();
        var inUse = Chain(exception).Any(e => e is AddressInUseException) || socket?.SocketErrorCode == SocketError.AddressAlreadyInUse;
        if (!inUse && socket is null)
        {
            return null;
        }

        var address = FailedAddress(exception, urls);
        var host = address?.Host is null or "localhost" ? "" : $"--host {address.Host} ";
        var on = host.Length == 0 ? "" : $" on {address!.Host}";
        if (inUse)
        {
            return address?.Port is { } port
                ? $"port {port}{on} is in use (another emulator?): start with {host}--port {Next(port)}"
                : $"an address to listen on is in use (another emulator?): start with another --port";
        }

        return socket!.SocketErrorCode switch
        {
            SocketError.AccessDenied when address?.Port is { } port =>
                $"no permission to listen on port {port}{(port < FirstUnprivilegedPort ? " (ports below 1024 need root)" : "")}: " +
                $"start with {host}--port {(port < FirstUnprivilegedPort ? DefaultPort : Next(port))}",
            SocketError.AddressNotAvailable =>
                $"cannot listen on {address?.Host ?? "that address"}: it is not an address of this machine: start with --host localhost, or --host 0.0.0.0 for every interface",
            _ => $"cannot listen on {(address is null ? "the address" : $"{address.Host}:{address.Port}")}: {socket.Message.TrimEnd('.')}",
        };
    }

    /// <summary>A setting that does not bind or validate: the message names the setting.</summary>
    public static string? ForSetting(Exception exception) => exception switch
    {
        StartupFailureException failure => failure.Message,
        AggregateException { InnerExceptions: [StartupFailureException failure] } => failure.Message,
        OptionsValidationException invalid => $"invalid setting: {invalid.Message}",
        // Several options classes failed their checks at once: every bad key, on the same one line.
        AggregateException { InnerExceptions.Count: > 0 } invalid when invalid.InnerExceptions.All(e => e is OptionsValidationException) =>
            $"invalid setting: {string.Join("; ", invalid.InnerExceptions.Select(e => e.Message))}",
        // Thrown by the reflection binder, or by the binder code generated into this assembly (as Native AOT needs);
        // an enum that does not parse is an ArgumentException inside.
        InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } unbindable => $"invalid setting: {unbindable.Message}",
        InvalidOperationException { InnerException: FormatException or OverflowException or ArgumentException } unbindable
            when unbindable.Message.StartsWith("Failed to convert configuration value ", StringComparison.Ordinal) => $"invalid setting: {unbindable.Message}",
        _ => null,
    };

    // Kestrel names the address in its message ("Failed to bind to address http://127.0.0.1:5080: ..."); localhost
    // shows as 127.0.0.1 there, so the configured address with that port is preferred, as the user wrote it.
    private static ListenAddress? FailedAddress(Exception exception, string? urls)
    {
        var configured = Split(urls).Select(ListenAddress.Parse).OfType<ListenAddress>().ToList();
        var named = Chain(exception).Select(e => BoundAddress().Match(e.Message)).FirstOrDefault(m => m.Success) is { } match
            ? ListenAddress.Parse(match.Groups["url"].Value)
            : null;
        return named is null
            ? configured.Count == 1 ? configured[0] : null
            : configured.FirstOrDefault(c => c.Port == named.Port) ?? named;
    }

    private static int Next(int port) => port < ushort.MaxValue ? port + 1 : DefaultPort;

    private static string[] Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }

            yield return e;
        }
    }

    [GeneratedRegex(@"(?<url>https?://\S+?):?\s", RegexOptions.CultureInvariant)]
    private static partial Regex BoundAddress();

    /// <summary>One address of <c>--urls</c>, as Kestrel reads it: scheme, host (name, IP, [IPv6], + or *) and optional port.</summary>
    private sealed record ListenAddress(string Host, int? Port)
    {
        public static ListenAddress? Parse(string url) => Check(url, out var address) is null ? address : null;

        public static string? Check(string url) => Check(url, out _);

        private static string? Check(string url, out ListenAddress? address)
        {
            address = null;
            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                return " is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080";
            }

            if (!url[..scheme].Equals("http", StringComparison.OrdinalIgnoreCase) && !url[..scheme].Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return ": only http:// and https:// are served: start with e.g. --urls http://localhost:5080";
            }

            var rest = url[(scheme + 3)..];
            if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pipe:", StringComparison.OrdinalIgnoreCase))
            {
                return null; // Kestrel's Unix socket and named pipe addresses carry a path, not a port.
            }

            // host[:port], where an IPv6 host is bracketed: [::1]:5080.
            var authority = rest.Split('/', 2)[0];
            var close = authority.StartsWith('[') ? authority.IndexOf(']') : -1;
            var portAt = authority.StartsWith('[') ? (close >= 0 && authority[(close + 1)..].StartsWith(':') ? close + 1 : -1) : authority.LastIndexOf(':');
            var host = portAt >= 0 ? authority[..portAt] : authority;
            if (host.Length == 0 || (authority.StartsWith('[') && !host.EndsWith(']')))
            {
                return " is not a URL: start with e.g. --urls http://localhost:5080, or --port 5080";
            }

            int? port = null;
            if (portAt >= 0)
            {
                var text = authority[(portAt + 1)..];
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > ushort.MaxValue)
                {
                    return $": '{text}' is not a port (0-65535): start with e.g. --port {DefaultPort}";
                }

                port = number;
            }

            address = new ListenAddress(host is "+" or "*" or "[::]" ? "0.0.0.0" : host, port);
            return null;
        }
    }
}
