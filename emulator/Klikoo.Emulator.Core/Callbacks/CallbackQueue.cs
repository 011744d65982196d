using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Transactions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Final reports waiting to be sent, in one queue per receiver (scheme, host and port), so a receiver that is slow
/// or dead delays only its own reports. The host comes from the fixture alone, so there are no more queues than
/// callback URLs in the fixtures. Enqueueing never waits for a receiver and never throws, so no receiver delays a
/// buy's reply or breaks a transaction's timer; with shared state it keeps the report in the outbox first (one round
/// trip). Both the queue of one receiver and all of them together are bounded; a report
/// dropped for lack of room is recorded, not silently lost (docs/limits.md#callbacks).
/// </summary>
internal sealed class CallbackQueue(
    IOptions<CallbackOptions> options,
    CallbackLog log,
    EmulatorClock clock,
    IPurchaseCallbackBody purchaseCallback,
    ICallbackOutbox outbox,
    ILogger<CallbackQueue> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CallbackDestination> _destinations = new(StringComparer.Ordinal);

    // One item per sender to start; at most Senders per receiver are ever outstanding, so this stays small.
    private readonly Channel<CallbackDestination> _ready = Channel.CreateUnbounded<CallbackDestination>(new UnboundedChannelOptions { SingleReader = true });
    private int _count;
    private bool _completed;

    /// <summary>A receiver that needs one more sender; the sender then takes its reports until none is left.</summary>
    public ChannelReader<CallbackDestination> Ready => _ready.Reader;

    /// <summary>Reports waiting, over every receiver.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>
    /// Queues the report of a transaction that became final, if its client has a callback URL: the string
    /// interface's line for a transaction bought there, the Open API's JSON purchase callback (<c>openApiCallback</c>)
    /// for one bought through the Open API. Never throws.
    /// </summary>
    public async ValueTask EnqueueAsync(Transaction transaction, TransactionLine finalLine)
    {
        if (transaction.ViaOpenApi)
        {
            await EnqueueJsonAsync(transaction);
            return;
        }

        if (transaction.Account.CallbackUrl is not { } template)
        {
            return;
        }

        var (clientId, refId) = (transaction.Key.ClientId, transaction.Key.RefId);
        try
        {
            if (CallbackUrl.TryExpand(template, finalLine, out var url, out var problem))
            {
                await AddAsync(await outbox.KeepAsync(new CallbackJob(clientId, refId, url)));
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

    // docs/open-api.md#on-the-emulator: the purchase callback's fields in Klikoo's order, balances as numbers.
    private async ValueTask EnqueueJsonAsync(Transaction transaction)
    {
        if (transaction.Account.OpenApiCallbackUrl is not { } target)
        {
            return;
        }

        var (clientId, refId) = (transaction.Key.ClientId, transaction.Key.RefId);
        try
        {
            if (CallbackUrl.TryParseJson(target, out var url, out var problem))
            {
                var body = purchaseCallback.For(transaction);
                await AddAsync(await outbox.KeepAsync(new CallbackJob(clientId, refId, url, body)));
            }
            else
            {
                NotSent(clientId, refId, target, problem);
            }
        }
#pragma warning disable CA1031 // Called by a buy or a transaction's timer: a report that cannot be sent must not break either.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            NotSent(clientId, refId, target, ex.Message);
        }
    }

    /// <summary>Queues a report another replica kept in the shared outbox and stopped delivering (it died).</summary>
    public ValueTask RequeueAsync(CallbackJob job) => AddAsync(job);

    /// <summary>The report was delivered or given up on: nobody sends it again.</summary>
    public ValueTask DoneAsync(CallbackJob job) => outbox.DoneAsync(job);

    /// <summary>Takes the next report for <paramref name="destination"/>; when none is left, the calling sender is done.</summary>
    public bool TryTake(CallbackDestination destination, [NotNullWhen(true)] out CallbackJob? job)
    {
        lock (_gate)
        {
            if (destination.Jobs.TryDequeue(out job))
            {
                _count--;
                return true;
            }

            // Decided under the lock: a report added after this finds fewer senders and starts one.
            destination.Senders--;
            if (destination.Senders == 0 && _destinations.GetValueOrDefault(destination.Key) == destination)
            {
                _destinations.Remove(destination.Key);
            }

            return false;
        }
    }

    /// <summary>Takes no more reports; the senders finish with the ones queued.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            _ready.Writer.TryComplete();
        }
    }

    private async ValueTask AddAsync(CallbackJob job)
    {
        var settings = options.Value;
        CallbackJob? dropped = null;
        string? why = null;
        var stopping = false;
        lock (_gate)
        {
            if (_completed)
            {
                stopping = true;
                dropped = job;
                why = "not sent: the emulator is stopping";
            }
            else
            {
                if (!_destinations.TryGetValue(job.Destination, out var destination))
                {
                    destination = new CallbackDestination(job.Destination);
                    _destinations.Add(job.Destination, destination);
                }

                if (destination.Jobs.Count >= settings.QueueCapacityPerReceiver)
                {
                    dropped = destination.Jobs.Dequeue();
                    _count--;
                    why = $"dropped: {destination.Jobs.Count + 1} reports were already waiting for {destination.Key} (Klikoo:Callbacks:QueueCapacityPerReceiver)";
                }
                else if (_count >= settings.QueueCapacity)
                {
                    // Room is made where most reports wait: the receiver that is behind pays, not the others.
                    var fullest = _destinations.Values.MaxBy(d => d.Jobs.Count)!;
                    dropped = fullest.Jobs.Dequeue();
                    _count--;
                    why = $"dropped: {settings.QueueCapacity} reports were already waiting (Klikoo:Callbacks:QueueCapacity)";
                }

                destination.Jobs.Enqueue(job);
                _count++;
                if (destination.Senders < settings.Senders)
                {
                    destination.Senders++;
                    _ready.Writer.TryWrite(destination);
                }
            }
        }

        if (dropped is not null)
        {
            // Dropped for room: nobody sends it. Not sent because this replica is stopping: left in the outbox,
            // where another replica takes it over (with shared state).
            if (!stopping)
            {
                await outbox.DoneAsync(dropped);
            }

            log.Add(new CallbackAttempt(clock.GetUtcNow(), dropped.ClientId, dropped.RefId, dropped.Url.ToString(), 0, null, why, Delivered: false));
        }
    }

    private void NotSent(string clientId, string refId, string template, string reason)
    {
        log.Add(new CallbackAttempt(clock.GetUtcNow(), clientId, refId, template, 0, null, $"not sent: {reason}", Delivered: false));
        CallbackMessages.CallbackNotSent(logger, refId, clientId, reason);
    }
}
