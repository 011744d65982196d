namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>A second partner account for state tests: a small balance and, optionally, a callback URL.</summary>
internal static class TestClient
{
    public const string Id = "test-client";
    public const string Secret = "test-secret";
    public const string Pin = "9999";

    public static (string Name, string Text) Fixture(long balance, string? callback = null) =>
        ("test-clients.yaml", $"""
            clients:
              - id: {Id}
                secret: {Secret}
                pin: "{Pin}"
                balance: {balance}
            {(callback is null ? "" : $"    callback: \"{callback}\"")}
            """);

    public static IrsQuery Buy(string productCode, string to, string refId, string amount = "") =>
        IrsQuery.Buy(productCode, to, refId, amount).As(Id, Secret, Pin);
}
