using System.Net.Http.Headers;

namespace Klikoo.Emulator.Tests.Journal;

/// <summary>
/// The real process under a flood of forms with a 1,000,000-character ref_id: its working set stays bounded,
/// because the journal keeps each entry within its share of <c>Klikoo:Journal:MaxBytes</c> (docs/limits.md#the-journal).
/// </summary>
[NonParallelizable]
public sealed class JournalMemoryProcessTests
{
    private const int Posts = 400;
    private const long Growth = 250L * 1024 * 1024;

    [Test]
    public async Task BuyForms_MillionCharacterRefIds_WorkingSetGrowsLessThanTheirSize()
    {
        // A ring of 200 would keep 200 such ref_ids whole: 400 MB of UTF-16 text.
        await using var emulator = await EmulatorProcess.StartAsync(["--Klikoo:Journal:Capacity=200"]);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var encoded = IrsQuery.Buy("OVO10", "081234567890", new string('7', 1_000_000)).ToForm();
        var form = await encoded.ReadAsByteArrayAsync();
        var before = WorkingSet(emulator);

        for (var i = 0; i < Posts; i++)
        {
            using var content = new ByteArrayContent(form);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            using var response = await http.PostAsync("/v1/irs/buy", content);
            response.EnsureSuccessStatusCode();
        }

        (WorkingSet(emulator) - before).Should().BeLessThan(Growth, $"{Posts} posts of {form.Length} bytes each");
    }

    private static long WorkingSet(EmulatorProcess emulator)
    {
        emulator.Process.Refresh();
        return emulator.Process.WorkingSet64;
    }
}
