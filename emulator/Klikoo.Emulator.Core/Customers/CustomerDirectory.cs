using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Customers;

/// <summary>Finds who a destination belongs to: the fixtures first, else a deterministic generated customer.</summary>
internal sealed class CustomerDirectory(CustomerGenerator generator)
{
    // Generation is deterministic, so remembering saves work only: a fixed number of slots per kind of generated
    // customer (families that generate alike share them), the newest customer of a slot replacing the last. A slot
    // costs no lock and no allocation, and cannot grow; a dictionary emptied when full takes every lock to count
    // itself and leaves its entries to die in gen2, about a third of the throughput for numbers never seen before.
    private const int Slots = 4096;
    private readonly Customer?[]?[] _recent = new Customer?[]?[Enum.GetValues<GeneratedName>().Length * 2];

    public Customer Find(FixtureCatalog catalog, FamilyProfile family, string destination)
    {
        if (catalog.TryGetCustomer(family, destination, out var known))
        {
            return known;
        }

        // What CustomerGenerator.Generate reads of the family: the kind of name, and whether a power capacity is drawn.
        ref var kind = ref _recent[((int)family.Generated * 2) + (family.PowerCapacity ? 1 : 0)];
        var slots = Volatile.Read(ref kind) ?? Interlocked.CompareExchange(ref kind, new Customer?[Slots], null) ?? kind!;
        ref var slot = ref slots[(uint)string.GetHashCode(destination.AsSpan()) % Slots];
        if (Volatile.Read(ref slot) is { } recent && string.Equals(recent.Destination, destination, StringComparison.Ordinal))
        {
            return recent;
        }

        var generated = generator.Generate(family, destination);
        Volatile.Write(ref slot, generated);
        return generated;
    }
}
