using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Customers;

/// <summary>Finds who a destination belongs to: the fixtures first, else a deterministic generated customer.</summary>
internal sealed class CustomerDirectory(CustomerGenerator generator)
{
    // Generation is deterministic, so remembering saves work only: a fixed number of slots per family, the newest
    // customer of a slot replacing the last. A slot costs no lock and no allocation, and cannot grow; a dictionary
    // emptied when full takes every lock to count itself and leaves its entries to die in gen2, about a third of the
    // throughput for numbers never seen before.
    private const int Slots = 4096;
    private readonly Customer?[][] _recent = [.. Enumerable.Range(0, (int)Enum.GetValues<ProductFamily>().Max() + 1).Select(_ => new Customer?[Slots])];

    public Customer Find(FixtureCatalog catalog, ProductFamily family, string destination)
    {
        if (catalog.TryGetCustomer(family, destination, out var known))
        {
            return known;
        }

        var slots = _recent[(int)family];
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
