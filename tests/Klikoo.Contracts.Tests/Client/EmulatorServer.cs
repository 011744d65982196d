using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>The emulator in process, its clock frozen at the sample's instant.</summary>
internal sealed class EmulatorServer(DateTimeOffset at) : IKlikooServer
{
    private readonly EmulatorFactory _factory = new(at);

    public HttpClient CreateHttpClient() => _factory.CreateClient();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
