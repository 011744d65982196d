using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>Sends queued reports with HTTP GET through the resilient "callbacks" HttpClient (timeout, bounded retries with backoff).</summary>
internal sealed class CallbackSender(
    CallbackQueue queue,
    IHttpClientFactory httpClients,
    IOptions<CallbackOptions> options,
    ILogger<CallbackSender> logger) : BackgroundService
{
    public const string ClientName = "Klikoo.Callbacks";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Senders)).Select(_ => SendLoopAsync(stoppingToken)));

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var http = httpClients.CreateClient(ClientName);
                using var request = new HttpRequestMessage(HttpMethod.Get, job.Url);
                request.Options.Set(CallbackJob.RequestKey, job);
                using var response = await http.SendAsync(request, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Every attempt is in the callback log already; the transaction's state is untouched either way.
                EmulatorLog.CallbackGaveUp(logger, job.RefId, job.Url.Host, ex.Message);
            }
        }
    }
}
