using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Commands;

public sealed class ImportFamiliesTests
{
    [TestCase("plnprepaid", "PLN20", "PLN 20.000", "pln")]
    [TestCase("PLNPREPAID", "X1", "", "pln")]
    [TestCase("maxim", "MXD17", "Maxim Driver 17.000", "maxim")]
    [TestCase("emoney", "OVO10", "OVO 10.000", "ovo")]
    [TestCase("emoney", "GOPAY10", "", "gopay")]
    [TestCase("emoney", "DN1", "DANA 1.000", "dana")]
    [TestCase("emoney", "E10", "Top up DANA 10rb", "dana")]
    [TestCase("emoney", "SHOPEE20", "", "shopeepay")]
    [TestCase("emoney", "LA50", "LinkAja 50.000", "linkaja")]
    [TestCase("pulsa", "S10", "S10 Tsel 10.000", "telkomsel")] // Klikoo's callback sample names a product so
    [TestCase("pulsa", "TSEL5", "", "telkomsel")]
    [TestCase("pulsa", "P10", "Simpati 10.000", "telkomsel")]
    [TestCase("pulsa", "ISAT10", "", "indosat")]
    [TestCase("pulsa", "P11", "IM3 Ooredoo 10rb", "indosat")]
    [TestCase("pulsa", "XL25", "", "xl")]
    [TestCase("pulsa", "AXIS5", "", "axis")]
    [TestCase("pulsa", "P12", "Pulsa Axis 5.000", "axis")]
    [TestCase("pulsa", "TRI10", "", "tri")]
    [TestCase("pulsa", "P13", "Three 10.000", "tri")]
    [TestCase("pulsa", "SF10", "", "smartfren")]
    [TestCase("pulsa", "P14", "Smartfren 20.000", "smartfren")]
    [TestCase("data", "XLD10", "XL Data 10GB", "xl-data")]
    [TestCase("data", "TSELD1", "", "telkomsel-data")]
    [TestCase("data", "D1", "Indosat Freedom 5GB", "indosat-data")]
    [TestCase("games", "ML86", "86 Diamonds", "mobile-legends")]
    [TestCase("games", "G1", "Free Fire 70 Diamond", "free-fire")]
    [TestCase("pdam", "PDAM1", "PDAM Kota", "pdam")]
    [TestCase("multifinance", "RBFNFIF", "FIF", "multifinance")]
    public void Choose_CategoryAndKeyword_TheFamily(string category, string code, string name, string family) =>
        ImportFamilies.Choose(Row(code, name, category), [], out _).Should().Be(family);

    [TestCase("gas", "PGN1", "PGN Gas", "no family for category 'gas'")]
    [TestCase("pulsa", "P10", "Pulsa 10rb", "neither code nor name names a pulsa family (telkomsel, indosat, xl, axis, tri, smartfren); choose with --family P10=<family>")]
    [TestCase("pulsa", "P10", "XL Axis combo", "code and name fit xl and axis alike; choose with --family P10=<family>")]
    [TestCase("data", "AXISD1", "Axis data 1GB", "neither code nor name names a data family (telkomsel-data, indosat-data, xl-data)")]
    [TestCase("pulsa", "P10", "Tritunggal 10.000", "neither code nor name names a pulsa family")] // a keyword counts as a whole word of the name
    public void Choose_NoOrSeveralFamiliesFit_NullAndWhy(string category, string code, string name, string why)
    {
        ImportFamilies.Choose(Row(code, name, category), [], out var reason).Should().BeNull();
        reason.Should().StartWith(why);
    }

    [Test]
    public void Choose_Overrides_CodePrefixBeforeCategoryLongestFirst()
    {
        FamilyOverride[] overrides = [new("pulsa", "xl"), new("P", "tri"), new("P1", "axis")];

        ImportFamilies.Choose(Row("P10", "Telkomsel", "pulsa"), overrides, out _).Should().Be("axis");
        ImportFamilies.Choose(Row("P20", "Telkomsel", "pulsa"), overrides, out _).Should().Be("tri");
        ImportFamilies.Choose(Row("Q20", "Telkomsel", "pulsa"), overrides, out _).Should().Be("xl");
        ImportFamilies.Choose(Row("Q20", "Telkomsel", "data"), overrides, out _).Should().Be("telkomsel-data");
    }

    [Test]
    public void Rules_EachCategoryHasOneKeywordlessFamilyOrOnlyKeywordedOnes()
    {
        foreach (var category in ImportFamilies.Rules.GroupBy(r => r.Category))
        {
            (category.Count() == 1 || category.All(r => r.Keywords.Length > 0)).Should().BeTrue(category.Key);
        }

        ImportFamilies.Rules.Select(r => r.Family).Should().OnlyHaveUniqueItems();
    }

    // Every standard family has one row with the category the price list shows for it, and no row names another
    // family (docs/fixtures.md#families): an imported file always validates in any fixtures folder.
    [Test]
    public void Rules_AreTheStandardFamiliesWithTheirCategories()
    {
        foreach (var profile in StandardFamilies.Table.All)
        {
            ImportFamilies.Rules.Should().ContainSingle(r => r.Family == profile.Name).Which.Category.Should().Be(profile.Category);
        }

        ImportFamilies.Rules.Select(r => r.Family).Should().BeSubsetOf(StandardFamilies.Table.All.Select(p => p.Name));
    }

    private static PriceListRow Row(string code, string name, string category) => new(code, name, category, 1000, true, 1, 1);
}
