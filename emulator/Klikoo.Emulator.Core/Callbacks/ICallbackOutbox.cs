namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Where a queued report is kept until it was delivered or given up on, so that with shared state a report whose
/// replica died is delivered by another (<see cref="RedisCallbackOutbox"/>). In memory there is nothing to keep
/// (<see cref="InProcessOutbox"/>): a report lives and dies with its process, as it always did.
/// </summary>
internal interface ICallbackOutbox
{
    /// <summary>Keeps <paramref name="job"/>; returns it with its outbox id.</summary>
    ValueTask<CallbackJob> KeepAsync(CallbackJob job);

    /// <summary>The report was delivered, given up on, or dropped for room: nobody sends it again.</summary>
    ValueTask DoneAsync(CallbackJob job);
}

/// <summary>No outbox: state is in this process.</summary>
internal sealed class InProcessOutbox : ICallbackOutbox
{
    public ValueTask<CallbackJob> KeepAsync(CallbackJob job) => ValueTask.FromResult(job);

    public ValueTask DoneAsync(CallbackJob job) => ValueTask.CompletedTask;
}
