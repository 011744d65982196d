using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Klikoo.Emulator.Testing;

/// <summary>A small client for the emulator's admin API (<c>/__admin</c>), for tests that steer or inspect it.</summary>
public sealed class KlikooAdmin : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Steers the emulator at <paramref name="http"/>'s base address; disposing this disposes it.</summary>
    public KlikooAdmin(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;

        // Without a token, the emulator lets a call change state only with JSON or this header (no web page can send it).
        _http.DefaultRequestHeaders.Add("X-Klikoo-Admin", "1");
    }

    /// <summary>The next buy for <paramref name="refId"/> or <paramref name="to"/> ends with <paramref name="result"/> (success, failed or pending).</summary>
    public async Task ForceNextBuyAsync(string result, string? refId = null, string? to = null, string? reason = null, int? pendingForSeconds = null, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("__admin/overrides", new { refId, to, result, reason, pendingFor = pendingForSeconds }, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a pending transaction now as success or failed.</summary>
    public async Task ResolveAsync(string refId, string result, string? reason = null, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync($"__admin/transactions/{Uri.EscapeDataString(refId)}/resolve", new { result, reason }, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the clock forward (back, when negative), also a clock frozen with <see cref="KlikooEmulatorOptions.FrozenClock"/>;
    /// pending transactions that fall due finish at once and their callbacks are sent. At most ten years at a time.
    /// </summary>
    public async Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("__admin/clock/advance", new { seconds = by.TotalSeconds }, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the clock, also a frozen one (it stays frozen at the new time); pending transactions that fall due finish at
    /// once. The time must lie in the years 2000 to 2100.
    /// </summary>
    public async Task SetClockAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PutAsJsonAsync("__admin/clock", new { now }, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every entry the journal holds, newest first, as JSON objects (secrets masked).</summary>
    public Task<IReadOnlyList<JsonObject>> JournalAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync("__admin/journal", cancellationToken);

    /// <summary>Every transaction the emulator holds, oldest first, as JSON objects.</summary>
    public Task<IReadOnlyList<JsonObject>> TransactionsAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync("__admin/transactions", cancellationToken);

    /// <summary>Forgets transactions, balances, journal, callback attempts and overrides.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsync("__admin/reset", content: null, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    // The admin lists answer a page at a time (at most 1000 items); read them all. Requests arriving meanwhile may
    // shift a list between two pages.
    private async Task<IReadOnlyList<JsonObject>> AllPagesAsync(string path, CancellationToken cancellationToken)
    {
        const int PageSize = 1000;
        var all = new List<JsonObject>();
        while (true)
        {
            var url = $"{path}?limit={PageSize.ToString(CultureInfo.InvariantCulture)}&offset={all.Count.ToString(CultureInfo.InvariantCulture)}";
            using var response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            await EnsureAsync(response, cancellationToken).ConfigureAwait(false);
            var page = await response.Content.ReadFromJsonAsync<List<JsonObject>>(JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false) ?? [];
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The emulator's admin API answered {(int)response.StatusCode}: {problem}");
        }
    }
}
