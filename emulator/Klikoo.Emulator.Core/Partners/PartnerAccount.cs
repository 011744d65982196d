namespace Klikoo.Emulator.Partners;

/// <summary>A partner's API credentials and starting balance, from the clients fixture.</summary>
/// <param name="ClientId">The Otomax terminal username.</param>
/// <param name="ClientSecret">The Otomax terminal password.</param>
/// <param name="Pin">The transaction PIN Klikoo e-mails.</param>
/// <param name="Balance">The deposit balance the emulator starts from.</param>
/// <param name="CallbackUrl">Where final reports go, with <c>{message}</c> and <c>{refid}</c> placeholders; optional.</param>
public sealed record PartnerAccount(string ClientId, string ClientSecret, string Pin, long Balance, string? CallbackUrl);
