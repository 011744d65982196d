namespace Klikoo.Emulator.OpenApi;

/// <summary>Settings of the Open API (section <c>Klikoo:OpenApi</c>); docs/open-api.md#assumed-not-documented-by-klikoo.</summary>
public sealed class OpenApiOptions
{
    public const string Section = "Klikoo:OpenApi";

    /// <summary>Seconds an access token lives (<c>expires_in</c>); Klikoo's default is 900.</summary>
    public int TokenLifetimeSeconds { get; set; } = 900;

    /// <summary>How far <c>Open-Api-Timestamp</c> may be from the emulator's clock, either way; <c>Waktu tidak sesuai</c> beyond.</summary>
    public TimeSpan TimestampSkew { get; set; } = TimeSpan.FromMinutes(5);
}
