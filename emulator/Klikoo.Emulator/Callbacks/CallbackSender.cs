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

    // Cancelled only when draining takes too long, not when stopping starts: queued reports are delivered on shutdown.
    private readonly CancellationTokenSource _delivery = new();
    private int _stopping;
    private int _disposed;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may stop a service more than once, or after disposing it (test hosts do): only the first stop drains.
        if (Interlocked.Exchange(ref _stopping, 1) == 1 || Volatile.Read(ref _disposed) == 1)
        {
            await base.StopAsync(cancellationToken);
            return;
        }

        queue.Complete();
        _delivery.CancelAfter(options.Value.DrainTimeout);
        await using (cancellationToken.Register(CancelDelivery))
        {
            await base.StopAsync(cancellationToken);
        }
    }

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            CancelDelivery();
            _delivery.Dispose();
        }

        base.Dispose();
    }

    private void CancelDelivery()
    {
        try
        {
            _delivery.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: nothing is being delivered any more.
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Senders)).Select(_ => SendLoopAsync(_delivery.Token)));

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
