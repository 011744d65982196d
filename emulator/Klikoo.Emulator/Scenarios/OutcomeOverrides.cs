using System.Globalization;
using Klikoo.Emulator.Requests;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Overrides set through the admin API; each is used by the next matching buy and then removed. They win over every scenario rule.</summary>
internal sealed class OutcomeOverrides
{
    private readonly Lock _gate = new();
    private readonly List<OutcomeOverride> _overrides = [];
    private long _lastId;

    public OutcomeOverride Add(string? refId, string? to, BuyOutcome buy, DateTimeOffset now)
    {
        var added = new OutcomeOverride("o" + Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture), refId, to, buy, now);
        lock (_gate)
        {
            _overrides.Add(added);
        }

        return added;
    }

    public IReadOnlyList<OutcomeOverride> Snapshot()
    {
        lock (_gate)
        {
            return [.. _overrides];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _overrides.RemoveAll(o => o.Id == id) > 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _overrides.Clear();
        }
    }

    /// <summary>Takes the oldest override for this request's ref_id or destination, if any.</summary>
    public OutcomeOverride? TryTake(ValidatedRequest request)
    {
        lock (_gate)
        {
            var index = _overrides.FindIndex(o =>
                (o.RefId is null || o.RefId == request.RefId) && (o.To is null || o.To == request.Destination));
            if (index < 0)
            {
                return null;
            }

            var taken = _overrides[index];
            _overrides.RemoveAt(index);
            return taken;
        }
    }
}
