using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.Commands;

/// <summary>The export, loaded into WireMock.Net, answers exactly as the emulator does.</summary>
public sealed class WireMockExportTests
{
    private static readonly DateTimeOffset At = DocumentedSample.AtOf(DocumentedLines.InquiryOvo);

    [Test]
    public async Task Export_LoadedIntoWireMock_RepliesLikeTheEmulator()
    {
        using var output = new TemporaryFixtures();
        var code = WireMockExport.Run([RepositoryPaths.Fixtures, "--out", output.Path, "--at", At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)], TimeProvider.System, TextWriter.Null, TextWriter.Null);
        code.Should().Be(0);

        using var wireMock = WireMockServer.Start();
        wireMock.ReadStaticMappings(output.Path);
        using var wireMockClient = new HttpClient { BaseAddress = new Uri(wireMock.Url!) };
        await using var emulator = new EmulatorFactory(At);
        using var emulatorClient = emulator.CreateClient();

        var replies = WireMockExport.Replies(FixtureValidator.Validate(FixtureLoader.Load(RepositoryPaths.Fixtures)).Catalog!, At).ToList();
        replies.Should().HaveCountGreaterThan(20).And.Contain(r => r.Line.Format() == DocumentedLines.InquiryOvo);
        foreach (var (product, customer, _) in replies)
        {
            foreach (var prefix in new[] { "/klikoo-b2b/v1/irs", "/v1/irs" })
            {
                var path = $"{prefix}/inquiry?{IrsQuery.Sample(product.Code, customer.Destination)}";
                (await wireMockClient.GetStringAsync(path)).Should().Be(await emulatorClient.GetStringAsync(path), path);
            }
        }

        Directory.GetFiles(output.Path, "*.json").Should().HaveCount(replies.Count);
    }

    [Test]
    public void Export_Twice_SameFiles()
    {
        using var first = new TemporaryFixtures();
        using var second = new TemporaryFixtures();
        string[] Args(string dir) => [RepositoryPaths.Fixtures, "--out", dir, "--at", "2024-11-29T10:59:32.076824+07:00"];

        WireMockExport.Run(Args(first.Path), TimeProvider.System, TextWriter.Null, TextWriter.Null);
        WireMockExport.Run(Args(second.Path), TimeProvider.System, TextWriter.Null, TextWriter.Null);

        foreach (var file in Directory.GetFiles(first.Path))
        {
            File.ReadAllText(file).Should().Be(File.ReadAllText(Path.Combine(second.Path, Path.GetFileName(file))));
        }
    }

    [Test]
    public void Export_MissingFolder_ExitOneSayingSo()
    {
        var error = new StringWriter();

        var code = WireMockExport.Run(["/no/such/fixtures"], TimeProvider.System, TextWriter.Null, error);

        code.Should().Be(1);
        error.ToString().Should().Contain("'/no/such/fixtures' does not exist");
    }

    [Test]
    public void Export_InvalidFixtures_ListsErrorsAsFileLineColumn()
    {
        using var fixtures = new TemporaryFixtures(("p.yaml", "products:\n  - { code: X1, family: pln }\n"));
        var output = new StringWriter();

        var code = WireMockExport.Run([fixtures.Path], TimeProvider.System, output, TextWriter.Null);

        code.Should().Be(1);
        output.ToString().Should().Contain($"{fixtures.Path}/p.yaml:2:5: missing required field 'price'");
    }
}
