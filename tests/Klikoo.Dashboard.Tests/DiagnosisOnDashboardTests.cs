using Klikoo.Emulator.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Klikoo.Dashboard.Tests;

/// <summary>The journal's diagnosis on the dashboard: which check refused a request, under Klikoo's reply.</summary>
public sealed class DiagnosisOnDashboardTests
{
    [Test]
    public async Task Dashboard_RefusedRequests_SayWhichCredentialWasWrong()
    {
        await using var emulator = await KlikooEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        await http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081299887766", refId: "why-pin").With("pin", "777555")}");
        await http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081299887766", refId: "why-ok")}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(emulator.BaseAddress, "/__admin/ui").ToString());

        var refused = page.Locator("[data-testid=journal] tr[data-refid='why-pin']");
        await Expect(refused).ToContainTextAsync("REASON: Kredensial tidak sesuai.");
        await Expect(refused.Locator("[data-testid=diagnosis]")).ToHaveTextAsync("why: pin does not match client c17229eb...");
        await Expect(page.Locator("[data-testid=journal] tr[data-refid='why-ok'] [data-testid=diagnosis]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=journal]")).Not.ToContainTextAsync("777555");
    }
}
