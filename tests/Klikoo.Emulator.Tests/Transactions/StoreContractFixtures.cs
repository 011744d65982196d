using Klikoo.Emulator.Tests.OpenApi;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// The fixtures the store contract runs on: the shipped ones plus a client with a small balance (registered for the
/// Open API, whose balance call reads it without making a transaction) and one destination per way a buy can end.
/// </summary>
internal static class StoreContractFixtures
{
    public const string ClientId = "contract-client";
    public const string Secret = "contract-secret";
    public const string Pin = "4242";
    public const long StartBalance = 60_000;

    public const string Success = "085600000001";
    public const string Failed = "085600000003";
    public const string PendingTenThenSuccess = "085600000010";
    public const string PendingThirtyThenSuccess = "085600000030";
    public const string PendingThirtyThenFailed = "085600000031";
    public const string PendingForever = "085600000099";
    public const string FailedReason = "Tujuan ditolak";
    public const string LateFailedReason = "Supplier sedang gangguan";
    public const string TopUpReason = "Saldo diisi ulang";

    /// <summary>Destinations whose buy fails at once after setting the balance (a scenario's pinned <c>balance</c>): a top-up.</summary>
    public static readonly IReadOnlyDictionary<string, long> TopUps = new Dictionary<string, long>
    {
        ["085600000071"] = 5_000,
        ["085600000072"] = 30_000,
        ["085600000073"] = 100_000,
    };

    /// <summary>The destinations a buy can go to, top-ups apart.</summary>
    public static readonly string[] Outcomes = [Success, Failed, PendingTenThenSuccess, PendingThirtyThenSuccess, PendingThirtyThenFailed, PendingForever];

    /// <summary>Prices of the shipped OVO products: 10.100, 20.100 and 50.100, so some buys fit a balance and some do not.</summary>
    public static readonly string[] Products = ["OVO10", "OVO20", "OVO50"];

    public static TemporaryFixtures Create() => TemporaryFixtures.ShippedPlus(
        ("contract-clients.yaml", $"""
            clients:
              - id: {ClientId}
                secret: {Secret}
                pin: "{Pin}"
                balance: {StartBalance}
                publicKey: {OpenApiCaller.PublicKey}
            """),
        ("contract-scenarios.yaml", $$"""
            scenarios:
              - name: contract failed
                match: { to: "{{Failed}}" }
                buy: { result: failed, reason: {{FailedReason}} }
              - name: contract pending 10 s then success
                match: { to: "{{PendingTenThenSuccess}}" }
                buy: { result: success, pendingFor: 10 }
              - name: contract pending 30 s then success
                match: { to: "{{PendingThirtyThenSuccess}}" }
                buy: { result: success, pendingFor: 30 }
              - name: contract pending 30 s then failed
                match: { to: "{{PendingThirtyThenFailed}}" }
                buy: { result: failed, pendingFor: 30, reason: {{LateFailedReason}} }
              - name: contract pending for ever
                match: { to: "{{PendingForever}}" }
                buy: { result: pending }
            {{string.Concat(TopUps.Select(t => $$"""
              - name: contract top-up to {{t.Value}}
                match: { to: "{{t.Key}}" }
                buy: { result: failed, reason: {{TopUpReason}}, balance: {{t.Value}} }

            """))}}
            """));

    /// <summary>A buy (or re-check) by the contract client, as a path and query.</summary>
    public static string BuyPath(string product, string to, string refId) =>
        $"/klikoo-b2b/v1/irs/buy?{IrsQuery.Buy(product, to, refId).As(ClientId, Secret, Pin)}";
}
