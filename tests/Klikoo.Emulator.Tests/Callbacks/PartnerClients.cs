using System.Text;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Partner accounts, one per callback receiver, written as one clients fixture file.</summary>
internal static class PartnerClients
{
    public const string Secret = "partner-secret";
    public const string Pin = "4321";

    /// <summary>A clients file with one account per (id, callback URL template).</summary>
    public static (string Name, string Text) Fixture(params (string Id, string Callback)[] clients)
    {
        var text = new StringBuilder("clients:\n");
        foreach (var (id, callback) in clients)
        {
            text.Append($"  - id: {id}\n    secret: {Secret}\n    pin: \"{Pin}\"\n    balance: 1000000000\n    callback: \"{callback}\"\n");
        }

        return ("partner-clients.yaml", text.ToString());
    }

    /// <summary>The usual template: the line in <c>message</c>, the ref_id in <c>refid</c>.</summary>
    public static string Template(Uri receiver) => $"{receiver}report?message={{message}}&refid={{refid}}";

    /// <summary>A buy of OVO10 that succeeds at once, so its report is queued before the reply.</summary>
    public static string Buy(string clientId, string refId) =>
        $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", refId).As(clientId, Secret, Pin)}";
}
