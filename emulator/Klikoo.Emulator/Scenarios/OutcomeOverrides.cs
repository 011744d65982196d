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

    /// <summary>The oldest override for this request's ref_id or destination, if any; it stays until <see cref="TryTake(OutcomeOverride)"/>.</summary>
    public OutcomeOverride? Find(ValidatedRequest request)
    {
        lock (_gate)
        {
            return _overrides.Find(o => (o.RefId is null || o.RefId == request.RefId) && (o.To is null || o.To == request.Destination));
        }
    }

    /// <summary>Takes <paramref name="found"/> for one buy; false when another buy took it first.</summary>
    public bool TryTake(OutcomeOverride found)
    {
        lock (_gate)
        {
            return _overrides.Remove(found);
        }
    }
}
