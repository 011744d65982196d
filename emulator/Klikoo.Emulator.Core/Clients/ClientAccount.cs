namespace Klikoo.Emulator.Clients;

/// <summary>A client (partner) account: its API credentials and starting balance, from clients.yaml (ClientSection); its balance lives in ClientLedger.</summary>
/// <param name="ClientId">The Otomax terminal username.</param>
/// <param name="ClientSecret">The Otomax terminal password.</param>
/// <param name="Pin">The transaction PIN Klikoo e-mails.</param>
/// <param name="Balance">The deposit balance the emulator starts from.</param>
/// <param name="CallbackUrl">Where final reports go, with <c>{message}</c> and <c>{refid}</c> placeholders; optional.</param>
/// <param name="PublicKey">Open API: base64 of the RSA public key PEM the access-token signature is checked with (docs/open-api.md#keys); optional.</param>
/// <param name="OpenApiCallbackUrl">Open API: where the JSON purchase callbacks of its transactions are POSTed (docs/open-api.md#on-the-emulator); optional.</param>
public sealed record ClientAccount(string ClientId, string ClientSecret, string Pin, long Balance, string? CallbackUrl, string? PublicKey = null, string? OpenApiCallbackUrl = null);
