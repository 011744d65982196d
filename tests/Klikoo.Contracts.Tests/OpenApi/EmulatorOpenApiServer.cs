using Klikoo.Contracts.OpenApi;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>The emulator in process with the shipped fixtures: the sample account and its test-only key pair.</summary>
internal sealed class EmulatorOpenApiServer : IOpenApiServer
{
    private readonly EmulatorFactory _factory = new(new DateTimeOffset(2024, 11, 29, 10, 59, 32, TimeSpan.FromHours(7)));

    public HttpClient CreateHttpClient() => _factory.CreateClient();

    public KlikooOpenApiClientOptions ClientOptions(string? clientId = null, string? clientSecret = null, string? privateKey = null) => new()
    {
        ClientId = clientId ?? IrsQuery.ClientId,
        ClientSecret = clientSecret ?? IrsQuery.ClientSecret,
        PrivateKey = privateKey ?? OpenApiSamples.PrivateKeyPem,
        TimeProvider = _factory.Clock,
    };

    public ProductBuyRequest NewBuy() => new()
    {
        Amount = "20000", Msidn = "081111111111", ProductCode = "DNOPEN", SellingPrice = "20500", Value = "081111111111",
        PartnerReferenceId = "00f7ade1-68df-4d58-a7c9-297ec86e6632",
    };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}

[TestFixture]
public sealed class EmulatorOpenApiContractTests : OpenApiTransactionContract
{
    protected override IOpenApiServer StartServer() => new EmulatorOpenApiServer();
}
