using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Emulator.Products;

/// <summary>The families the fixtures may name, looked up by name: the one place a <c>family:</c> is resolved.</summary>
public sealed class FamilyTable
{
    private readonly FrozenDictionary<string, FamilyProfile> _byName;

    /// <exception cref="ArgumentException">Two profiles share a name.</exception>
    public FamilyTable(IEnumerable<FamilyProfile> profiles)
    {
        All = [.. profiles];
        if (All.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two families are named '{twice.Key}'", nameof(profiles));
        }

        _byName = All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Names = string.Join(", ", All.Select(p => p.Name));
    }

    /// <summary>Every family, in the order error messages and exports list them.</summary>
    public IReadOnlyList<FamilyProfile> All { get; }

    /// <summary>The names, comma-separated, for error messages (<c>pln, ovo, gopay, ...</c>).</summary>
    public string Names { get; }

    /// <summary>The family named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No family has that name.</exception>
    public FamilyProfile this[string name] => _byName[name];

    /// <summary>Finds a family by its exact name (as documented: lower case).</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out FamilyProfile profile) => _byName.TryGetValue(name, out profile);

    /// <summary>The position of <paramref name="profile"/> in <see cref="All"/>, or -1: orders what is listed per family.</summary>
    public int IndexOf(FamilyProfile profile)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], profile) || All[i] == profile)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// This table with a fixtures folder's families: one with a name already here takes that family's place, the
    /// others follow in the order given (docs/fixtures.md#families).
    /// </summary>
    public FamilyTable WithDeclared(IEnumerable<FamilyProfile> declared)
    {
        var list = declared.ToList();
        var byName = list.ToDictionary(p => p.Name, StringComparer.Ordinal);
        if (byName.Count == 0)
        {
            return this;
        }

        // A declaration equal to the family it replaces keeps that instance (the shipped file redeclares the standard ones).
        var kept = All.Select(p => byName.Remove(p.Name, out var replacement) && replacement != p ? replacement : p).ToList();
        return new([.. kept, .. list.Where(p => byName.ContainsKey(p.Name))]);
    }

    /// <summary>This table with <paramref name="profile"/> added at the end.</summary>
    public FamilyTable With(FamilyProfile profile) => new([.. All, profile]);
}
