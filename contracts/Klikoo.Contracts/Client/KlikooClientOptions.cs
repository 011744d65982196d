using Klikoo.Contracts.Otomax;

namespace Klikoo.Contracts.Client;

/// <summary>Credentials and transport settings for <see cref="KlikooIrsClient"/>.</summary>
public sealed class KlikooClientOptions
{
    /// <summary>API client id (Otomax terminal username).</summary>
    public required string ClientId { get; init; }

    /// <summary>API client secret (Otomax terminal password).</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Transaction PIN.</summary>
    public required string Pin { get; init; }

    /// <summary>Reseller id on the IRS/Otomax side.</summary>
    public string Idrs { get; init; } = "IDRS";

    /// <summary>The path prefix before <c>/v1/irs/...</c>; Klikoo's is <c>/klikoo-b2b</c>.</summary>
    public string PathPrefix { get; init; } = "/klikoo-b2b";

    /// <summary>GET (default) or POST.</summary>
    public KlikooRequestStyle RequestStyle { get; init; } = KlikooRequestStyle.Get;

    /// <summary>How long one call may take, reply included, before it fails with <see cref="KlikooClientException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Replies longer than this are refused rather than read into memory; a Klikoo line is a few hundred bytes.</summary>
    public int MaxReplyBytes { get; init; } = 64 * 1024;

    /// <summary>An Otomax inquiry template to expand instead of building the URL (relative ones resolve against the HttpClient's base address).</summary>
    public OtomaxUrlTemplate? InquiryTemplate { get; init; }

    /// <summary>An Otomax buy template to expand instead of building the URL.</summary>
    public OtomaxUrlTemplate? BuyTemplate { get; init; }
}
