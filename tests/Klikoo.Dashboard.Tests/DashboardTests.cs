using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Klikoo.Dashboard.Tests;

/// <summary>The QA dashboard in a real headless Chromium against the emulator on a real port (the in-process host).</summary>
public sealed class DashboardTests
{
    [Test]
    public async Task Dashboard_PendingBuy_ShownThenResolvedByAClick()
    {
        await using var emulator = await KlikooEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569992", "ui-1")}";
        InProgressLine.Parse(await http.GetStringAsync(buy));
        await http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", "01105691111")}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(new Uri(emulator.BaseAddress, "/__admin/ui").ToString());

        var request = page.Locator("[data-testid=journal] tr[data-refid='ui-1']");
        await Expect(request).ToContainTextAsync("R#ui-1 OVO10. 081234569992 INPROGRESS.");
        var transaction = page.Locator("[data-testid=transactions] tr[data-refid='ui-1']");
        await Expect(transaction.Locator("[data-testid=status]")).ToHaveTextAsync("inProgress");

        await transaction.Locator("[data-testid=resolve-success]").ClickAsync();

        await Expect(transaction.Locator("[data-testid=status]")).ToHaveTextAsync("success");
        await Expect(transaction.Locator("[data-testid=resolve-success]")).ToHaveCountAsync(0);
        SuccessLine.Parse(await http.GetStringAsync(buy)).RefId.Should().Be("ui-1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "dashboard.png"), FullPage = true });
    }

    [Test]
    public async Task Dashboard_InvalidFixtureEdit_ShowsTheError()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = fixtures.Path });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, emulator);
        await Expect(page.Locator("[data-testid=fixture-errors]")).ToContainTextAsync("None");

        fixtures.Write("broken.yaml", "products:\n  - { code: X1, family: pln }\n");

        await Expect(page.Locator("[data-testid=fixture-errors]")).ToContainTextAsync("broken.yaml:2:5: missing required field 'price'");
        await Expect(page.Locator("[data-testid=fixtures-state]")).ToContainTextAsync("last reload FAILED");
    }

    [Test]
    public async Task Dashboard_FamilyAddedInAFixtureFile_ListedInTheCatalogue()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = fixtures.Path });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, emulator);
        await Expect(page.Locator("[data-testid=catalogue] tr[data-family='mobile-legends']")).ToContainTextAsync("ML86, ML172, ML257, ML706");
        var state = page.Locator("[data-testid=fixtures-state]");
        var families = int.Parse(System.Text.RegularExpressions.Regex.Match(await state.TextContentAsync() ?? "", @"in (\d+) famil").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        fixtures.Write("byu.yaml", """
            families:
              - { name: byu, title: by.U, category: pulsa, destination: { pattern: "0851[0-9]{7,9}", example: "085112345678" }, customerName: none, serial: { digits: 16 } }
            products:
              - { code: BYU10, family: byu, price: 10300 }
            """);

        var row = page.Locator("[data-testid=catalogue] tr[data-family='byu']");
        await Expect(row).ToContainTextAsync("pulsa");
        await Expect(row).ToContainTextAsync("BYU10");
        await Expect(row).ToContainTextAsync("085112345678");
        await Expect(state).ToContainTextAsync($"in {families + 1} families, valid");
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, KlikooEmulator emulator)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(emulator.BaseAddress, "/__admin/ui").ToString());
        return page;
    }
}
