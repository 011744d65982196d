using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Transactions;
using StackExchange.Redis;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>A stored transaction's product and family come back from the fixtures of now, or not at all: never as another family.</summary>
public sealed class RedisTransactionHashTests
{
    [TestCase("ovo")]
    [TestCase("Ovo")]
    public void Load_ProductStillServed_TheFixturesProduct(string family)
    {
        using var fixtures = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System);

        var transaction = new RedisTransactionHash(fixtures).Load(Hash("OVO10", family))!;

        transaction.Product.Should().BeSameAs(fixtures.Current.Products["OVO10"]);
    }

    [TestCase("pln")]
    [TestCase("Pln")]
    public void Load_ProductGoneFamilyKnown_TheStoredProductInItsFamily(string family)
    {
        using var fixtures = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System);

        var product = new RedisTransactionHash(fixtures).Load(Hash("PLN75", family))!.Product;

        product.Family.Should().BeSameAs(Emulator.Fixtures.StandardFamilies.Table["pln"], "hashes written before families were profiles hold the enum's name");
        product.Destination.Should().BeSameAs(DestinationRules.PlnNumber);
    }

    [Test]
    public void Load_ProductAndFamilyGone_SaysSoInsteadOfPickingAFamily()
    {
        using var fixtures = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System);

        var load = () => new RedisTransactionHash(fixtures).Load(Hash("BYU10", "byu"));

        load.Should().Throw<InvalidDataException>().WithMessage("*transaction r-1 names family 'byu'*");
    }

    private static HashEntry[] Hash(string product, string family) =>
    [
        new("client", "c1"), new("ref", "r-1"), new("seq", 1), new("product", product), new("family", family),
        new("denomination", ""), new("openFee", ""), new("dest", "01105691111"), new("amount", ""), new("price", 75_546),
        new("trxid", "1"), new("sn", "1234"), new("result", "P"), new("reason", ""), new("rule", ""),
        new("created", RedisTransactionHash.Ticks(new DateTimeOffset(2024, 11, 29, 3, 59, 32, TimeSpan.Zero))), new("resolveAt", ""),
        new("openapi", "0"), new("room", "0"), new("status", "0"),
    ];
}
