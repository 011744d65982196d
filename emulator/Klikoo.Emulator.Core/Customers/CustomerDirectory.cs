using System.Collections.Concurrent;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Customers;

/// <summary>Finds who a destination belongs to: the fixtures first, else a deterministic generated customer.</summary>
internal sealed class CustomerDirectory(CustomerGenerator generator)
{
    // Generation is deterministic, so caching only saves work; bounded so a flood of distinct numbers cannot grow it.
    private const int CacheLimit = 10_000;
    private readonly ConcurrentDictionary<(ProductFamily, string), Customer> _generated = new();

    public Customer Find(FixtureCatalog catalog, ProductFamily family, string destination)
    {
        if (catalog.TryGetCustomer(family, destination, out var known))
        {
            return known;
        }

        if (_generated.TryGetValue((family, destination), out var cached))
        {
            return cached;
        }

        if (_generated.Count >= CacheLimit)
        {
            _generated.Clear();
        }

        return _generated.GetOrAdd((family, destination), static (key, g) => g.Generate(key.Item1, key.Item2), generator);
    }
}
