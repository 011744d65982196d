namespace Klikoo.Emulator.OpenApi;

/// <summary>Settings of the Open API (section <c>Klikoo:OpenApi</c>); docs/open-api.md#assumed-not-documented-by-klikoo.</summary>
public sealed class OpenApiOptions
{
    public const string Section = "Klikoo:OpenApi";

    /// <summary>Seconds an access token lives (<c>expires_in</c>); Klikoo's default is 900.</summary>
    public int TokenLifetimeSeconds { get; set; } = 900;

    /// <summary>How far <c>Open-Api-Timestamp</c> may be from the emulator's clock, either way; <c>Waktu tidak sesuai</c> beyond.</summary>
    public TimeSpan TimestampSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Pins the key that signs access tokens (32 bytes, 64 hex digits or base64), so tokens stay valid across
    /// restarts and the same under a frozen clock; unset, each deployment makes a random one (docs/open-api.md#the-token-key).
    /// </summary>
    public string? TokenKey { get; set; }
}
