using System.Collections.Frozen;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The immutable, validated snapshot of the fixtures that request handlers read.</summary>
public sealed class FixtureCatalog
{
    private readonly FrozenDictionary<string, Product>.AlternateLookup<ReadOnlySpan<char>> _productsBySpan;
    private readonly FrozenDictionary<string, ClientAccount>.AlternateLookup<ReadOnlySpan<char>> _clientsBySpan;

    // Destination -> its customers, one per family in the table's order: one lookup, no key built per request, then
    // a scan of the few families that list the destination.
    private readonly FrozenDictionary<string, (FamilyProfile Family, Customer Customer)[]> _customers;
    private IReadOnlyList<CatalogueFamily>? _catalogueFamilies;

    internal FixtureCatalog(
        IReadOnlyList<string> files,
        FamilyTable families,
        IEnumerable<Product> products,
        IEnumerable<ClientAccount> clients,
        IEnumerable<(FamilyProfile Family, Customer Customer)> customers,
        ScenarioMatcher scenarios)
    {
        Files = files;
        Families = families;
        Scenarios = scenarios;
        Products = products.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        Clients = clients.ToFrozenDictionary(c => c.ClientId, StringComparer.Ordinal);
        _customers = customers
            .GroupBy(c => c.Customer.Destination, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderBy(c => families.IndexOf(c.Family)).ToArray(),
                StringComparer.Ordinal);
        _productsBySpan = Products.GetAlternateLookup<ReadOnlySpan<char>>();
        _clientsBySpan = Clients.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The families with products, as the welcome page and the dashboard list them: made once per snapshot, not per poll.</summary>
    public IReadOnlyList<CatalogueFamily> CatalogueFamilies => _catalogueFamilies ??= CatalogueFamily.Of(this);

    /// <summary>The fixture files this snapshot was built from, relative to the fixtures folder.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The families the fixtures' <c>family:</c> names were resolved against.</summary>
    public FamilyTable Families { get; }

    /// <summary>Products by code (case-insensitive lookup; lines print the catalogue's spelling).</summary>
    public FrozenDictionary<string, Product> Products { get; }

    /// <summary>Partner accounts by client id.</summary>
    public FrozenDictionary<string, ClientAccount> Clients { get; }

    /// <summary>The scenario rules, in the order they are tried.</summary>
    public ScenarioMatcher Scenarios { get; }

    /// <summary>Every fixture customer with the family it is listed for, in a stable order.</summary>
    public IEnumerable<(FamilyProfile Family, Customer Customer)> Customers =>
        _customers.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Value);

    public int CustomerCount => _customers.Values.Sum(byFamily => byFamily.Length);

    public bool TryGetProduct(ReadOnlySpan<char> code, out Product product) =>
        _productsBySpan.TryGetValue(code, out product!);

    public bool TryGetClient(ReadOnlySpan<char> clientId, out ClientAccount client) =>
        _clientsBySpan.TryGetValue(clientId, out client!);

    public bool TryGetCustomer(FamilyProfile family, string destination, out Customer customer)
    {
        if (_customers.TryGetValue(destination, out var byFamily))
        {
            foreach (var entry in byFamily)
            {
                // A family is its name: a profile read again for a stored transaction still finds its customers.
                if (ReferenceEquals(entry.Family, family) || string.Equals(entry.Family.Name, family.Name, StringComparison.Ordinal))
                {
                    customer = entry.Customer;
                    return true;
                }
            }
        }

        customer = null!;
        return false;
    }
}
