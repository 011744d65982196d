using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>The built-in table: every profile complete and consistent with itself, and the schema editors use in step with it.</summary>
public sealed class FamilyProfilesTests
{
    private static IEnumerable<FamilyProfile> BuiltIn() => FamilyProfiles.BuiltIn.All;

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
        FamilyProfiles.BuiltIn.All.Select(p => $"{p.Name} {p.Category} {p.Destination.Name} {p.CustomerName} '{p.NamePrefix}' {p.PowerCapacity} {p.Serial} {p.Generated}")
            .Should().Equal(
                "pln plnprepaid pln-number Plain '' True PlnToken { } UpperCaseFullName",
                "ovo emoney phone Masked '' False Digits { Count = 16 } FullName",
                "gopay emoney phone Masked '' False Digits { Count = 16 } FullName",
                "dana emoney phone Plain 'DNID ' False Digits { Count = 16 } Initials",
                "maxim maxim phone None '' False Digits { Count = 7 } None");
    }

    [Test]
    public void Schema_FamilyEnum_IsTheBuiltInTable()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "schema", "fixtures.schema.json")))!;
        var names = FindProperty(schema, "family")!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        names.Should().Equal(FamilyProfiles.BuiltIn.All.Select(p => p.Name));
    }

    [Test]
    public void With_ANameTwice_Refused()
    {
        var act = () => FamilyProfiles.BuiltIn.With(FamilyProfiles.Ovo with { Category = "other" });

        act.Should().Throw<ArgumentException>().WithMessage("two families are named 'ovo'*");
    }

    private static JsonNode? FindProperty(JsonNode? node, string name) => node switch
    {
        JsonObject o when o.TryGetPropertyValue(name, out var found) && found is JsonObject { } value && value.ContainsKey("enum") => value,
        JsonObject o => o.Select(p => FindProperty(p.Value, name)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(i => FindProperty(i, name)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
