using System.Collections.Concurrent;
using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Starts senders for receivers with queued reports, up to Klikoo:Callbacks:Senders per receiver; a sender takes its
/// receiver's reports until none is left. On stop, delivers what is queued, for up to Klikoo:Callbacks:DrainTimeout.
/// Every sender and the drain run under <see cref="BackgroundWork"/>, so nothing a receiver does ends the process.
/// </summary>
internal sealed class CallbackSender(
    CallbackQueue queue,
    CallbackDelivery delivery,
    IOptions<CallbackOptions> options,
    ILogger<CallbackSender> logger) : BackgroundService
{
    // Cancelled only when draining takes too long, not when stopping starts: queued reports are delivered on shutdown.
    private readonly CancellationTokenSource _delivery = new();
    private readonly ConcurrentDictionary<Task, byte> _senders = new();
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
        var drain = options.Value.DrainTimeout;
        if (queue.Count is var queued and > 0)
        {
            // Said before the wait, so a Ctrl+C that does not end the process at once is explained.
            CallbackMessages.DrainingOnStop(logger, queued, queued == 1 ? "report" : "reports", drain.TotalSeconds);
        }

        CancelDelivery(after: drain);
        await using (cancellationToken.Register(() => CancelDelivery()))
        {
            await BackgroundWork.RunAsync(logger, "delivering the queued callback reports before stopping", () => base.StopAsync(cancellationToken), cancellationToken);
        }

        if (queue.Count is var left and > 0)
        {
            CallbackMessages.CallbacksLeftUnsent(logger, left, options.Value.DrainTimeout);
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BackgroundWork.RunAsync(logger, "starting callback senders", () => DispatchAsync(_delivery.Token), _delivery.Token);

    // A test host may dispose the service while it is being stopped, so the source may be gone already.
    private void CancelDelivery(TimeSpan? after = null)
    {
        try
        {
            if (after is { } delay)
            {
                _delivery.CancelAfter(delay);
            }
            else
            {
                _delivery.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: nothing is being delivered any more.
        }
    }

    private async Task DispatchAsync(CancellationToken token)
    {
        await foreach (var destination in queue.Ready.ReadAllAsync(token))
        {
            BackgroundWork.Run(logger, $"starting a callback sender for {destination.Key}", () => Start(destination, token));
        }

        // The queue is complete: the emulator is stopping. The senders finish with what is queued.
        await Task.WhenAll(_senders.Keys);
    }

    private void Start(CallbackDestination destination, CancellationToken token)
    {
        var sender = Task.Run(() => BackgroundWork.RunAsync(logger, $"sending callback reports to {destination.Key}", () => SendAsync(destination, token), token), CancellationToken.None);
        _senders.TryAdd(sender, 0);
        sender.ContinueWith(done => _senders.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task SendAsync(CallbackDestination destination, CancellationToken token)
    {
        while (!token.IsCancellationRequested && queue.TryTake(destination, out var job))
        {
            await BackgroundWork.RunAsync(logger, $"delivering the report for ref_id {job.RefId}", () => delivery.DeliverAsync(job, token), token);

            // Cut short by a stop: it stays in the shared outbox (if any) for another replica to deliver.
            if (!token.IsCancellationRequested)
            {
                await BackgroundWork.RunAsync(logger, $"closing the report for ref_id {job.RefId}", () => queue.DoneAsync(job).AsTask(), token);
            }
        }
    }
}
