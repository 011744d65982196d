namespace Klikoo.Contracts.OpenApi;

/// <summary>Credentials and transport settings for <see cref="KlikooOpenApiClient"/>.</summary>
public sealed class KlikooOpenApiClientOptions
{
    /// <summary>The client id from Klikoo's dashboard (a UUID).</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret: sent only in the access-token body, and the HMAC key of every signed call.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The PKCS#8 RSA private key whose public half is registered with Klikoo: PEM text, or base64 of it.</summary>
    public required string PrivateKey { get; init; }

    /// <summary>The path prefix before <c>/v1/open-api/...</c>; Klikoo's is <c>/klikoo-b2b</c>. It is never signed.</summary>
    public string PathPrefix { get; init; } = KlikooSignatures.PathPrefix;

    /// <summary>The clock for <c>Open-Api-Timestamp</c> and the token cache; point it at the server's clock in tests.</summary>
#pragma warning disable RS0030 // A partner's client signs with the real clock unless a test gives it another; the emulator never uses this default.
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
#pragma warning restore RS0030

    /// <summary>
    /// Whether timestamps carry milliseconds (<c>2024-02-07T10:29:20.000+07:00</c>, the default, as Klikoo's examples)
    /// or not (<c>2022-03-21T10:11:40+07:00</c>).
    /// </summary>
    public bool TimestampMilliseconds { get; init; } = true;

    /// <summary>A cached token is replaced this long before it expires, so a call never races its expiry.</summary>
    public TimeSpan TokenRefreshMargin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call may take, response included, before it fails with <see cref="KlikooOpenApiException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Responses longer than this are refused rather than read into memory.</summary>
    public int MaxResponseBytes { get; init; } = 4 * 1024 * 1024;
}
