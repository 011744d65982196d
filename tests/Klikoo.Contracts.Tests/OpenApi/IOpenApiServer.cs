using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>A server the Open API contract runs against: the emulator, or WireMock.Net replaying Klikoo's documented samples.</summary>
public interface IOpenApiServer : IAsyncDisposable
{
    HttpClient CreateHttpClient();

    /// <summary>The registered account's options on this server's clock; pass a value to replace one credential.</summary>
    KlikooOpenApiClientOptions ClientOptions(string? clientId = null, string? clientSecret = null, string? privateKey = null);

    /// <summary>A purchase this server accepts, with a reference it has not seen.</summary>
    ProductBuyRequest NewBuy();
}
