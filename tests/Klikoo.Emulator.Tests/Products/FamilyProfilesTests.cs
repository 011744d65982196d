using FluentAssertions.Execution;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>The standard families (fixtures/families.yaml, built in): every profile complete and consistent with itself, and as Klikoo documents them.</summary>
public sealed class FamilyProfilesTests
{
    private static IEnumerable<FamilyProfile> BuiltIn() => StandardFamilies.Table.All;

    [TestCaseSource(nameof(BuiltIn))]
    public void BuiltIn_EveryProfile_HasEveryFieldSetAndAnExampleItsRuleAccepts(FamilyProfile profile)
    {
        using (new AssertionScope(profile.Name))
        {
            profile.Name.Should().MatchRegex("^[a-z][a-z0-9-]*$", "fixtures name it in family:");
            profile.Category.Should().NotBeNullOrWhiteSpace();
            profile.NamePrefix.Should().NotBeNull();
            Enum.IsDefined(profile.CustomerName).Should().BeTrue();
            Enum.IsDefined(profile.Generated).Should().BeTrue();
            (profile.Serial is SerialForm.PlnToken or SerialForm.Digits { Count: > 0 }).Should().BeTrue($"{profile.Serial} is a complete SN form");
            profile.Destination.Should().NotBeNull();
            new[] { profile.Destination.Name, profile.Destination.Pattern, profile.Destination.Example, profile.Destination.Description, profile.Destination.Format }
                .Should().OnlyContain(text => !string.IsNullOrWhiteSpace(text));
            profile.Destination.Matches(profile.Destination.Example).Should().BeTrue("the example must be a destination its own rule accepts");
            (profile.CustomerName == CustomerNameDisplay.None).Should().Be(profile.Generated == GeneratedName.None, "a family that shows no name generates none");
        }
    }

    [Test]
    public void BuiltIn_Profiles_AsKlikooDocumentsThem()
    {
        StandardFamilies.Table.All.Take(5).Select(p => $"{p.Name} {p.Category} {p.Destination.Name} {p.CustomerName} '{p.NamePrefix}' {p.PowerCapacity} {p.Serial} {p.Generated} {p.Title}")
            .Should().Equal(
                "pln plnprepaid pln-number Plain '' True PlnToken { } UpperCaseFullName PLN",
                "ovo emoney phone Masked '' False Digits { Count = 16 } FullName OVO",
                "gopay emoney phone Masked '' False Digits { Count = 16 } FullName GOPAY",
                "dana emoney phone Plain 'DNID ' False Digits { Count = 16 } Initials DANA",
                "maxim maxim phone None '' False Digits { Count = 7 } None MAXIM");
    }

    [Test]
    public void Table_IsTheShippedFile()
    {
        var shipped = FixtureValidator.Validate([new FixtureFile("families.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "families.yaml")))], new FamilyTable([]));

        shipped.Catalog!.Families.All.Should().Equal(StandardFamilies.Table.All, "the built-in families are the shipped file, read by the same checks");
    }

    [Test]
    public void With_ANameTwice_Refused()
    {
        var act = () => StandardFamilies.Table.With(StandardFamilies.Table["ovo"] with { Category = "other" });

        act.Should().Throw<ArgumentException>().WithMessage("two families are named 'ovo'*");
    }
}
