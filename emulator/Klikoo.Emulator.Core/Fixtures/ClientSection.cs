using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Clients;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>clients:</c> entries: partner credentials, balances, callback URLs and the Open API's key and callback URL.</summary>
internal static class ClientSection
{
    public const string Key = "clients";

    public static Located<ClientAccount>? Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "a client", "id", "secret", "pin", "balance", "callback", "openApiCallback", "publicKey", "description");
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

        var openApiCallback = fields.String("openApiCallback", required: false);
        if (openApiCallback is not null && CallbackUrl.CheckJson(openApiCallback) is { } jsonProblem)
        {
            context.Error(fields.Get("openApiCallback")!, jsonProblem);
            return null;
        }

        // docs/open-api.md#keys: base64 of the whole public PEM, checked here so a bad key fails at load, located.
        var publicKey = fields.String("publicKey", required: false);
        if (publicKey is not null)
        {
            if (!KlikooRsaKeys.TryImportPublicKey(publicKey, out var rsa, out var keyProblem))
            {
                context.Error(fields.Get("publicKey")!, $"publicKey is not usable: {keyProblem}. Register base64 of public.pem (base64 -w0 public.pem).");
                return null;
            }

            rsa.Dispose();
        }

        return id is null || secret is null || pin is null || balance is null
            ? null
            : new Located<ClientAccount>(new ClientAccount(id, secret, pin, balance.Value, callback, publicKey, openApiCallback), context, fields.Get("id")!);
    }
}
