using System.Globalization;
using System.Text.Json;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Bills;

/// <summary>
/// Quotes and paid bills in Redis under the prefix, shared by replicas (docs/shared-state.md): a quote is a JSON
/// string, a paid bill <c>until|payer</c>, claimed by one script so one payer wins however many race. Whether one
/// ran out is decided by the emulator's clock (the caller's <c>now</c>); Redis's own expiry only cleans up, a day later.
/// </summary>
internal sealed class RedisBillQuotes(RedisState redis) : IBillQuotes
{
    // KEYS: the paid bill. ARGV: now (ticks), payer, voided payer (or ""), the value to set, its TTL in milliseconds.
    // Ticks are 19 digits, so they compare as strings.
    private const string Claim = """
        local held = redis.call('GET', KEYS[1])
        if held then
          local bar = string.find(held, '|', 1, true)
          local who = string.sub(held, bar + 1)
          if string.sub(held, 1, bar - 1) > ARGV[1] and who ~= ARGV[2] and who ~= ARGV[3] then return 0 end
        end
        redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
        return 1
        """;

    // KEYS: the paid bill. ARGV: the payer whose claim goes.
    private const string Release = """
        local held = redis.call('GET', KEYS[1])
        if held and string.sub(held, string.find(held, '|', 1, true) + 1) == ARGV[1] then redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan CleanUpAfter = TimeSpan.FromDays(1);

    private IDatabase Db => redis.Database;

    public async ValueTask RememberAsync(BillQuote quote, DateTimeOffset now) =>
        await Db.StringSetAsync(QuoteKey(quote.ClientId, quote.ProductCode, quote.Account), JsonSerializer.Serialize(quote, BillJsonContext.Default.BillQuote), Ttl(quote.ValidUntil, now));

    public async ValueTask<BillQuote?> LatestAsync(string clientId, string productCode, string account, DateTimeOffset now) =>
        await Db.StringGetAsync(QuoteKey(clientId, productCode, account)) is { IsNull: false } stored
        && JsonSerializer.Deserialize((string)stored!, BillJsonContext.Default.BillQuote) is { } quote && quote.IsValidAt(now)
            ? quote
            : null;

    public async ValueTask<BillPayer?> PayerAsync(PaidBill bill, DateTimeOffset now)
    {
        var held = (string?)await Db.StringGetAsync(PaidKey(bill));
        var bar = held?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && string.CompareOrdinal(held![..bar], Ticks(now)) > 0 ? BillPayer.Parse(held[(bar + 1)..]) : null;
    }

    public async ValueTask<bool> TryClaimAsync(PaidBill bill, BillPayer payer, BillPayer? voided, DateTimeOffset until, DateTimeOffset now) =>
        (int)await Db.ScriptEvaluateAsync(
            Claim, [PaidKey(bill)],
            [Ticks(now), payer.Text, voided?.Text ?? "", $"{Ticks(until)}|{payer.Text}", (long)Ttl(until, now).TotalMilliseconds]) == 1;

    public async ValueTask ReleaseAsync(PaidBill bill, BillPayer payer) =>
        await Db.ScriptEvaluateAsync(Release, [PaidKey(bill)], [payer.Text]);

    public void Reset() => redis.DeleteMatching("bill:*");

    private RedisKey QuoteKey(string clientId, string productCode, string account) =>
        redis.Key(string.Create(CultureInfo.InvariantCulture, $"bill:quote:{clientId.Length}:{clientId}:{productCode}:{account}"));

    private RedisKey PaidKey(PaidBill bill) => redis.Key($"bill:paid:{bill.ProductCode}:{bill.Account}:{bill.Period}");

    private static TimeSpan Ttl(DateTimeOffset until, DateTimeOffset now) => (until > now ? until - now : TimeSpan.Zero) + CleanUpAfter;

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
