namespace Klikoo.Contracts.Tests.Client;

/// <summary>A server the contract tests talk to: the emulator, or WireMock serving Klikoo's documented lines.</summary>
public interface IKlikooServer : IAsyncDisposable
{
    HttpClient CreateHttpClient();
}
