using System.Threading.Channels;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Transactions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Final reports waiting to be sent. Enqueueing never waits, so a slow or dead receiver never delays a buy's
/// reply; the queue is bounded, and a report dropped for lack of room is recorded, not silently lost.
/// </summary>
internal sealed class CallbackQueue
{
    private readonly Channel<CallbackJob> _channel;

    public CallbackQueue(IOptions<CallbackOptions> options, CallbackLog log, EmulatorClock clock)
    {
        _channel = Channel.CreateBounded<CallbackJob>(
            new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.DropOldest },
            dropped => log.Add(new CallbackAttempt(clock.GetUtcNow(), dropped.ClientId, dropped.RefId, dropped.Url.ToString(), 0, null, "dropped: the callback queue was full", Delivered: false)));
    }

    public ChannelReader<CallbackJob> Reader => _channel.Reader;

    /// <summary>Takes no more reports; readers finish once the queued ones are sent.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    public void Enqueue(Transaction transaction, TransactionLine finalLine)
    {
        if (transaction.Account.CallbackUrl is { } template)
        {
            _channel.Writer.TryWrite(new CallbackJob(transaction.Key.ClientId, transaction.Key.RefId, CallbackUrl.Expand(template, finalLine)));
        }
    }
}
