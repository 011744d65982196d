using Microsoft.Playwright;

namespace Klikoo.Dashboard.Tests;

/// <summary>
/// Debian's chromium (or the one on PATH or in KLIKOO_CHROMIUM), headless, with nothing that phones home: this machine has no network. A machine without a
/// usable browser skips the browser tests and says why, so the README's test command passes on a fresh machine;
/// with KLIKOO_REQUIRE_BROWSER=1 (set by .ci/run, which installs chromium) a missing browser fails them instead.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "KLIKOO_CHROMIUM";
    public const string RequireVariable = "KLIKOO_REQUIRE_BROWSER";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string ExecutablePath => ExecutableSearch.Find(PathVariable, "chromium", "/usr/bin/chromium");

    private static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            Unavailable($"no chromium (looked for {ExecutablePath} and on PATH): install Debian's chromium (apt-get install -y chromium) or set {PathVariable}");
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
        }
        catch (PlaywrightException ex)
        {
            Unavailable($"the browser at {ExecutablePath} did not start ({FirstLine(ex.Message)}); set {PathVariable} to a working chromium");
            throw; // Unreachable: Unavailable always throws NUnit's result exception.
        }
    }

    private static void Unavailable(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{RequireVariable}=1 and {reason}.");
        }

        Assert.Ignore($"Browser test skipped: {reason}.");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
