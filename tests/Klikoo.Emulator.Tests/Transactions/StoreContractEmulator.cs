using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Tests.Admin;
using Klikoo.Emulator.Tests.OpenApi;
using static Klikoo.Emulator.Tests.Transactions.StoreContractFixtures;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// One emulator of the store contract, driven only through its public and admin HTTP surfaces (the string interface,
/// the Open API's balance, <c>/__admin</c>) and the test's fake clock, so the suite outlives changes to the stores'
/// own types. Each step answers the text a partner or QA would see.
/// </summary>
internal sealed class StoreContractEmulator : IAsyncDisposable
{
    private readonly EmulatorFactory _factory;
    private readonly HttpClient _http;
    private readonly KlikooOpenApiClient _openApi;
    private readonly EmulatorClock _clock;

    public StoreContractEmulator(TemporaryFixtures fixtures, StateStore store, DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        _factory = EmulatorFactory.On(fixtures, store, now, settings);
        _http = _factory.CreateClient();
        _clock = _factory.Get<EmulatorClock>();

        // Signed on the emulator's own clock, which admin moves take ahead of the fake one.
        _openApi = new KlikooOpenApiClient(_http, new KlikooOpenApiClientOptions
        {
            ClientId = ClientId, ClientSecret = Secret, PrivateKey = OpenApiCaller.PrivateKeyPem, TimeProvider = _clock,
        });
        Store = store;
    }

    public StateStore Store { get; }

    public async Task ResetAsync() => (await _http.AdminPostAsync("/__admin/reset")).EnsureSuccessStatusCode();

    public async Task<string> RunAsync(StoreContractOp op) => op.Kind switch
    {
        StoreContractOpKind.Buy => await _http.GetStringAsync(BuyPath(op.Product!, op.To!, op.RefId!)),
        StoreContractOpKind.Override => await AnswerAsync(await _http.PostAsJsonAsync("/__admin/overrides", new
        {
            refId = op.RefId, to = op.To, result = op.Result, pendingFor = op.Seconds > 0 ? op.Seconds : (int?)null,
            reason = op.Result == "failed" ? "Dipaksa admin" : null,
        })),
        StoreContractOpKind.DeleteOldestOverride => await DeleteOldestOverrideAsync(),
        StoreContractOpKind.Resolve => await AnswerAsync(await _http.PostAsJsonAsync(
            $"/__admin/transactions/{op.RefId}/resolve?clientId={ClientId}", new { result = op.Result, reason = op.Result == "failed" ? "Dibatalkan admin" : null })),
        StoreContractOpKind.Delete => await AnswerAsync(await _http.AdminDeleteAsync($"/__admin/transactions/{op.RefId}?clientId={ClientId}")),
        StoreContractOpKind.AdvanceClock => await AnswerAsync(await _http.PostAsJsonAsync("/__admin/clock/advance", new { seconds = op.Seconds })),
        StoreContractOpKind.TickToNextDue => await TickAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    public async Task<StoreContractState> ObserveAsync()
    {
        var health = await _http.GetFromJsonAsync<JsonObject>("/__admin/health");
        var overrides = await _http.GetFromJsonAsync<JsonArray>("/__admin/overrides");
        var balance = await _openApi.GetBalanceAsync();
        return StoreContractState.Read(health!, await HeldAsync(), overrides!, balance.Data.Balance);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<JsonArray> HeldAsync() =>
        (await _http.GetFromJsonAsync<JsonArray>($"/__admin/transactions?clientId={ClientId}&limit=1000"))!;

    // Time passing up to the earliest due time, as a timer or the due poller sees it: on Redis the poller (10 ms of
    // wall-clock time here) resolves what became due, so the step waits for it before anyone looks.
    private async Task<string> TickAsync()
    {
        var now = _clock.GetUtcNow();
        var due = (await HeldAsync()).Select(t => StoreContractTransaction.Read(t!)).Where(t => !t.IsFinal && t.ResolveAt is not null).Min(t => t.ResolveAt);
        var by = due is { } at ? (at > now ? at - now : TimeSpan.Zero) : TimeSpan.FromSeconds(7);
        _factory.Clock.Advance(by);
        if (Store == StateStore.Redis)
        {
            await Eventually.TrueAsync(
                async () => (await HeldAsync()).Select(t => StoreContractTransaction.Read(t!)).All(t => t.IsFinal || t.ResolveAt is null || t.ResolveAt > _clock.GetUtcNow()),
                "the due poller to resolve what became due");
        }

        return string.Create(CultureInfo.InvariantCulture, $"fake clock +{by.TotalSeconds} s");
    }

    private async Task<string> DeleteOldestOverrideAsync()
    {
        var waiting = await _http.GetFromJsonAsync<JsonArray>("/__admin/overrides");
        return waiting is [{ } oldest, ..]
            ? await AnswerAsync(await _http.AdminDeleteAsync($"/__admin/overrides/{oldest["id"]!.GetValue<string>()}"))
            : "no override waiting";
    }

    // Status and body; of a problem only what it says (its traceId differs on every call).
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 400 && JsonNode.Parse(text) is JsonObject problem)
            {
                return $"{status} {problem["title"]}: {problem["detail"]} {problem["errors"]?.ToJsonString()}";
            }

            return $"{status} {text}";
        }
    }
}
