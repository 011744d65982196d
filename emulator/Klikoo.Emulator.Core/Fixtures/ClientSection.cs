using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Partners;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>clients:</c> entries: partner credentials, balances and callback URLs.</summary>
internal static class ClientSection
{
    public const string Key = "clients";

    public static Located<PartnerAccount>? Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "a client", "id", "secret", "pin", "balance", "callback", "description");
        if (fields is null)
        {
            return null;
        }

        var id = fields.String("id", required: true);
        var secret = fields.String("secret", required: true);
        var pin = fields.String("pin", required: true);
        var balance = fields.Long("balance", required: true, min: 0, max: FixtureLimits.MaxRupiah);
        var callback = fields.String("callback", required: false);
        if (callback is not null && CallbackUrl.Check(callback) is { } problem)
        {
            context.Error(fields.Get("callback")!, problem);
            return null;
        }

        return id is null || secret is null || pin is null || balance is null
            ? null
            : new Located<PartnerAccount>(new PartnerAccount(id, secret, pin, balance.Value, callback), context, fields.Get("id")!);
    }
}
