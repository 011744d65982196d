using System.Threading.Channels;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Transactions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Final reports waiting to be sent. Enqueueing never waits and never throws, so a slow or dead receiver never
/// delays a buy's reply and no report breaks a transaction's timer; the queue is bounded, and a report dropped for
/// lack of room is recorded, not silently lost.
/// </summary>
internal sealed class CallbackQueue
{
    private readonly Channel<CallbackJob> _channel;
    private readonly CallbackLog _log;
    private readonly EmulatorClock _clock;
    private readonly ILogger<CallbackQueue> _logger;

    public CallbackQueue(IOptions<CallbackOptions> options, CallbackLog log, EmulatorClock clock, ILogger<CallbackQueue> logger)
    {
        (_log, _clock, _logger) = (log, clock, logger);
        _channel = Channel.CreateBounded<CallbackJob>(
            new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.DropOldest },
            dropped => log.Add(new CallbackAttempt(clock.GetUtcNow(), dropped.ClientId, dropped.RefId, dropped.Url.ToString(), 0, null, "dropped: the callback queue was full", Delivered: false)));
    }

    public ChannelReader<CallbackJob> Reader => _channel.Reader;

    /// <summary>Takes no more reports; readers finish once the queued ones are sent.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Queues the report of a transaction that became final, if its client has a callback URL. Never throws.</summary>
    public void Enqueue(Transaction transaction, TransactionLine finalLine)
    {
        if (transaction.Account.CallbackUrl is not { } template)
        {
            return;
        }

        var (clientId, refId) = (transaction.Key.ClientId, transaction.Key.RefId);
        try
        {
            if (CallbackUrl.TryExpand(template, finalLine, out var url, out var problem))
            {
                _channel.Writer.TryWrite(new CallbackJob(clientId, refId, url));
            }
            else
            {
                NotSent(clientId, refId, template, problem);
            }
        }
#pragma warning disable CA1031 // Called by a buy or a transaction's timer: a report that cannot be sent must not break either.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            NotSent(clientId, refId, template, ex.Message);
        }
    }

    private void NotSent(string clientId, string refId, string template, string reason)
    {
        _log.Add(new CallbackAttempt(_clock.GetUtcNow(), clientId, refId, template, 0, null, $"not sent: {reason}", Delivered: false));
        EmulatorLog.CallbackNotSent(_logger, refId, clientId, reason);
    }
}
