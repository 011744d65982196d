using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// The settings the command line accepts (docs/configuration.md). ASP.NET takes any <c>--Key=value</c> and ignores
/// what nothing reads, so <c>--fixture ./mine</c> would serve the shipped fixtures; here only keys something reads
/// pass, and a typo is refused naming the nearest one.
/// </summary>
public static class KnownSettings
{
    /// <summary>The emulator's own options, <c>--port 5080</c>, turned into ASP.NET settings by <see cref="CommandLine"/>.</summary>
    public static readonly IReadOnlyList<string> Friendly = ["port", "host", "fixtures", "redis"];

    /// <summary>Every <c>Klikoo:</c> key, from the options classes, so a new option is accepted as soon as it exists.</summary>
    public static readonly IReadOnlyList<string> Klikoo =
    [
        .. Keys<KlikooOptions>(KlikooOptions.Section), .. Keys<ClockOptions>(ClockOptions.Section),
        .. Keys<TransactionOptions>(TransactionOptions.Section), .. Keys<CallbackOptions>(CallbackOptions.Section),
        .. Keys<JournalOptions>(JournalOptions.Section), .. Keys<AdminOptions>(AdminOptions.Section),
        .. Keys<StateOptions>(StateOptions.Section), .. Keys<OpenApiOptions>(OpenApiOptions.Section),
    ];

    /// <summary>The ASP.NET Core host's own settings that make sense on a command line.</summary>
    public static readonly IReadOnlyList<string> Host =
    [
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "webroot", "applicationName", "AllowedHosts",
        "detailedErrors", "shutdownTimeoutSeconds", "suppressStatusMessages", "preventHostingStartup",
        "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "hostBuilder:reloadConfigOnChange",
    ];

    /// <summary>Sections whose keys are open-ended: log categories (<c>Logging:LogLevel:Default</c>), Kestrel endpoints and limits.</summary>
    public static readonly IReadOnlyList<string> OpenSections = ["Logging", "Kestrel"];

    private static IEnumerable<string> Exact => [.. Friendly, .. Host, .. Klikoo];

    /// <summary>Whether something reads <paramref name="key"/> (as configuration does, ignoring case).</summary>
    public static bool IsKnown(string key) =>
        Exact.Contains(key, StringComparer.OrdinalIgnoreCase) ||
        OpenSections.Any(section => key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase) && key.Length > section.Length + 1);

    /// <summary>
    /// Whether <paramref name="key"/> holds known keys (<c>Klikoo</c>, <c>Klikoo:Clock</c>): the in-process test host
    /// passes every configuration entry as an argument, sections too, with no value.
    /// </summary>
    public static bool IsSection(string key) =>
        OpenSections.Contains(key, StringComparer.OrdinalIgnoreCase) || Exact.Any(known => known.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>The known key nearest to <paramref name="key"/>, by edit distance; in an open section, the key with that section.</summary>
    public static string Nearest(string key)
    {
        var rest = key.Contains(':', StringComparison.Ordinal) ? key[key.IndexOf(':', StringComparison.Ordinal)..] : ":";
        return Closest.To(key, [.. Exact, .. OpenSections.Select(section => section + rest)]);
    }

    private static IEnumerable<string> Keys<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(string section) =>
        typeof(T).GetProperties()
            .Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
            .Select(p => $"{section}:{p.Name}");
}
