using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Callbacks;

/// <summary>The last callback attempts, newest last; bounded so a receiver that is down cannot grow it.</summary>
internal sealed class CallbackLog : IResettableState
{
    private const int Capacity = 1000;
    private readonly Queue<CallbackAttempt> _attempts = new();
    private readonly Lock _gate = new();

    public void Add(CallbackAttempt attempt)
    {
        lock (_gate)
        {
            if (_attempts.Count == Capacity)
            {
                _attempts.Dequeue();
            }

            _attempts.Enqueue(attempt);
        }
    }

    public IReadOnlyList<CallbackAttempt> Snapshot()
    {
        lock (_gate)
        {
            return [.. _attempts];
        }
    }

    void IResettableState.Reset() => Clear();

    public void Clear()
    {
        lock (_gate)
        {
            _attempts.Clear();
        }
    }
}
