using System.Globalization;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator;

/// <summary>
/// The few lines logged once the emulator listens: where, which fixtures, and where to look first. The host's, beside
/// the feature list: it reads several features, which Hosting (what every feature may use) must not.
/// </summary>
internal static class StartupBanner
{
    // frozenAt: the time a frozen clock (Klikoo:Clock:Fixed) shows, or null for the system's clock.
    public static void Log(ILogger logger, ICollection<string> addresses, FixtureStore fixtures, DateTimeOffset? frozenAt)
    {
        var catalog = fixtures.Current;
        var browse = Browsable(addresses.FirstOrDefault() ?? EmulatorHosting.DefaultUrl);
        var counts = $"{Count(catalog.Files.Count, "file")}: {Count(catalog.Products.Count, "product")}, " +
            $"{Count(catalog.CustomerCount, "customer")}, {Count(catalog.Clients.Count, "client")}";
        EmulatorLog.Listening(
            logger, EmulatorVersion.Text, string.Join(", ", addresses), fixtures.Folder, counts, Clock(frozenAt), $"{browse}/", $"{browse}{AdminEndpoints.Prefix}/ui");
    }

    // Every reply carries the time, so a frozen one is worth a line; in WIB, as Klikoo's replies write it.
    private static string Clock(DateTimeOffset? frozenAt) => frozenAt is { } at
        ? $"\n  Clock:     frozen at {at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture)} (WIB): " +
            $"replies carry this time until it is set or advanced through {AdminEndpoints.Prefix}/clock"
        : "";

    // Kestrel reports a wildcard bind as http://[::]:5080; a browser wants a name it can open.
    private static string Browsable(string address)
    {
        var trimmed = address.TrimEnd('/');
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*"
            ? $"{uri.Scheme}://localhost:{uri.Port}"
            : trimmed;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
