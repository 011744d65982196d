using System.Globalization;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// Overrides set through the admin API; each is used by the next matching buy and then removed. They win over every
/// scenario rule. At most <see cref="Capacity"/> wait at once, so admin calls cannot grow memory without bound.
/// </summary>
internal sealed class OutcomeOverrides : IOutcomeOverrides
{
    /// <summary>Overrides waiting for their buy at once; far more than a test sets up, few enough to scan per buy.</summary>
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly List<OutcomeOverride> _overrides = [];
    private long _lastId;

    /// <summary>Adds an override; null when <see cref="Capacity"/> are already waiting.</summary>
    public OutcomeOverride? TryAdd(string? refId, string? to, BuyOutcome buy, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_overrides.Count >= Capacity)
            {
                return null;
            }

            var added = new OutcomeOverride("o" + (++_lastId).ToString(CultureInfo.InvariantCulture), refId, to, buy, now);
            _overrides.Add(added);
            return added;
        }
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

    // A reset is a new run: ids start again at o1, as TRXIDs do and as the Redis store's do.
    public void Reset()
    {
        lock (_gate)
        {
            _overrides.Clear();
            _lastId = 0;
        }
    }

    /// <summary>The oldest override for this request's ref_id or destination, if any; it stays until <see cref="TryTake(OutcomeOverride)"/>.</summary>
    public OutcomeOverride? Find(Order request)
    {
        lock (_gate)
        {
            return OutcomeOverride.FirstMatch(_overrides, request.RefId, request.Destination);
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
