using Microsoft.Playwright;

namespace Klikoo.Dashboard.Tests;

/// <summary>Debian's chromium (installed by .ci/run), headless, with nothing that phones home: this machine has no network.</summary>
internal static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("KLIKOO_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"No browser at {ExecutablePath}: install Debian's chromium (apt-get install -y chromium) or set KLIKOO_CHROMIUM.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
