using System.Collections.Frozen;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The immutable, validated snapshot of the fixtures that request handlers read.</summary>
public sealed class FixtureCatalog
{
    private static readonly int FamilyCount = Enum.GetValues<ProductFamily>().Length;

    private readonly FrozenDictionary<string, Product>.AlternateLookup<ReadOnlySpan<char>> _productsBySpan;
    private readonly FrozenDictionary<string, ClientAccount>.AlternateLookup<ReadOnlySpan<char>> _clientsBySpan;

    // Destination -> customer per family (indexed by ProductFamily): one lookup, no key built per request.
    private readonly FrozenDictionary<string, Customer?[]> _customers;

    internal FixtureCatalog(
        IReadOnlyList<string> files,
        IEnumerable<Product> products,
        IEnumerable<ClientAccount> clients,
        IEnumerable<(ProductFamily Family, Customer Customer)> customers,
        ScenarioMatcher scenarios)
    {
        Files = files;
        Scenarios = scenarios;
        Products = products.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        Clients = clients.ToFrozenDictionary(c => c.ClientId, StringComparer.Ordinal);
        _customers = customers
            .GroupBy(c => c.Customer.Destination, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group =>
                {
                    var byFamily = new Customer?[FamilyCount];
                    foreach (var (family, customer) in group)
                    {
                        byFamily[(int)family] = customer;
                    }

                    return byFamily;
                },
                StringComparer.Ordinal);
        _productsBySpan = Products.GetAlternateLookup<ReadOnlySpan<char>>();
        _clientsBySpan = Clients.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The fixture files this snapshot was built from, relative to the fixtures folder.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Products by code (case-insensitive lookup; lines print the catalogue's spelling).</summary>
    public FrozenDictionary<string, Product> Products { get; }

    /// <summary>Partner accounts by client id.</summary>
    public FrozenDictionary<string, ClientAccount> Clients { get; }

    /// <summary>The scenario rules, in the order they are tried.</summary>
    public ScenarioMatcher Scenarios { get; }

    /// <summary>Every fixture customer with the family it is listed for, in a stable order.</summary>
    public IEnumerable<(ProductFamily Family, Customer Customer)> Customers =>
        _customers.OrderBy(c => c.Key, StringComparer.Ordinal)
            .SelectMany(c => c.Value.Select((customer, family) => (Family: (ProductFamily)family, Customer: customer)))
            .Where(c => c.Customer is not null)
            .Select(c => (c.Family, c.Customer!));

    public int CustomerCount => _customers.Values.Sum(byFamily => byFamily.Count(c => c is not null));

    public bool TryGetProduct(ReadOnlySpan<char> code, out Product product) =>
        _productsBySpan.TryGetValue(code, out product!);

    public bool TryGetClient(ReadOnlySpan<char> clientId, out ClientAccount client) =>
        _clientsBySpan.TryGetValue(clientId, out client!);

    public bool TryGetCustomer(ProductFamily family, string destination, out Customer customer)
    {
        customer = null!;
        return _customers.TryGetValue(destination, out var byFamily) && (customer = byFamily[(int)family]!) is not null;
    }
}
