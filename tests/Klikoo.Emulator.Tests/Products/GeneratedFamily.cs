using System.Globalization;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Products;
using Field = Klikoo.Emulator.Tests.Products.FamilyYaml.Field;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// A valid <c>families:</c> entry drawn from a seeded <see cref="Random"/>, with the profile it must read as, and
/// destinations of its rule's shape drawn on demand (docs/fixtures.md#families).
/// </summary>
internal sealed record GeneratedFamily(
    string Name,
    string Category,
    string? Title,
    string? NamePrefix,
    CustomerNameDisplay Display,
    GeneratedName? WrittenGeneratedName,
    bool Power,
    int? SerialDigits,
    string? NamedRule,
    WrittenPattern? Pattern,
    string? Description,
    string? Format,
    bool Flow,
    int Seed)
{
    // Printable, punctuation included, and a few letters beyond ASCII: what a title or prefix may hold.
    private const string Printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~éÜñ";
    private static readonly string[] Syllables = ["ka", "li", "ko", "mu", "ra", "sa", "te", "bi", "no", "pe", "x", "q2", "z9"];
    private static readonly string[] StandardCategories = ["pulsa", "emoney", "games", "data", "plnprepaid"];

    public static GeneratedFamily Draw(Random random, int index, string? name = null)
    {
        var display = (CustomerNameDisplay)random.Next(3);
        GeneratedName? generated = display == CustomerNameDisplay.None
            ? (random.Next(2) == 0 ? null : GeneratedName.None)
            : random.Next(4) == 0 ? null : (GeneratedName)random.Next(1, 4);
        var token = random.Next(5) == 0;
        var named = random.Next(4) == 0 ? DestinationRules.Named[random.Next(DestinationRules.Named.Count)].Name : null;
        return new GeneratedFamily(
            name ?? Word(random, index),
            random.Next(3) == 0 ? StandardCategories[random.Next(StandardCategories.Length)] : Word(random, random.Next(5)),
            random.Next(3) == 0 ? null : Text(random, 1, 32),
            random.Next(2) == 0 ? null : Text(random, 0, 16),
            display,
            generated,
            token || random.Next(4) == 0,
            token ? null : random.Next(1, 41),
            named,
            named is null ? WrittenPattern.Draw(random) : null,
            named is null && random.Next(2) == 0 ? Text(random, 1, 100).Trim() is { Length: > 0 } d ? d : "d" : null,
            named is null && random.Next(2) == 0 ? Text(random, 1, 100).Trim() is { Length: > 0 } f ? f : "f" : null,
            random.Next(2) == 0,
            random.Next());
    }

    /// <summary>The profile the validator must read the entry as.</summary>
    public FamilyProfile Profile => new(
        Name,
        Category,
        NamedRule is { } rule
            ? DestinationRules.Named.Single(r => r.Name == rule)
            : new DestinationRule(Name, Pattern!.Text, Pattern.Example, Description ?? $"{Name} destination", Format ?? ""),
        Display,
        NamePrefix ?? "",
        Power,
        SerialDigits is { } digits ? new SerialForm.Digits(digits) : new SerialForm.PlnToken(),
        WrittenGeneratedName ?? (Display == CustomerNameDisplay.None ? GeneratedName.None : GeneratedName.FullName),
        Title ?? Name.ToUpperInvariant());

    /// <summary>The entry's fields in the order written, optional ones only when drawn.</summary>
    public IReadOnlyList<Field> Fields()
    {
        var random = new Random(Seed);
        List<Field> fields = [Field.Of("name", Quoted(random, Name)), Field.Of("category", Quoted(random, Category))];
        if (Title is not null)
        {
            fields.Add(Field.Of("title", FamilyYaml.DoubleQuoted(Title)));
        }

        fields.Add(NamedRule is { } rule ? Field.Of("destination", rule) : Field.Of("destination", [.. DestinationFields(random)]));
        fields.Add(Field.Of("customerName", Kebab(Display)));
        if (NamePrefix is not null)
        {
            fields.Add(Field.Of("namePrefix", FamilyYaml.DoubleQuoted(NamePrefix)));
        }

        if (Power)
        {
            fields.Add(Field.Of("power", "true"));
        }

        fields.Add(SerialDigits is { } digits ? Field.Of("serial", Field.Of("digits", digits.ToString(CultureInfo.InvariantCulture))) : Field.Of("serial", "pln-token"));
        if (WrittenGeneratedName is { } generated)
        {
            fields.Add(Field.Of("generatedName", Kebab(generated)));
        }

        // Order is not meaning: the same entry with its fields shuffled reads the same.
        return random.Next(3) == 0 ? [.. fields.OrderBy(_ => random.Next())] : fields;
    }

    public FamilyYaml.Entry Entry() => new(Fields(), Flow);

    /// <summary>A destination the family's rule accepts, not ending like a magic destination (docs/fixtures.md#magic-destinations).</summary>
    public string Destination(Random random) => NamedRule switch
    {
        "phone" => "08" + WrittenPattern.Digits(random, random.Next(8, 12)),
        "pln-number" => WrittenPattern.Digits(random, random.Next(11, 13)),
        "maxim-driver" => WrittenPattern.Digits(random, random.Next(5, 13)),
        _ => Pattern!.Destination(random),
    };

    /// <summary>A destination the rule refuses: an accepted one cut short until it no longer matches.</summary>
    public string WrongDestination(Random random)
    {
        var good = Destination(random);
        var whole = new Regex($@"\A(?:{Profile.Destination.Pattern})\z", RegexOptions.CultureInvariant);
        var cut = good.Length - 1;
        while (cut > 1 && whole.IsMatch(good[..cut]))
        {
            cut--;
        }

        return good[..cut];
    }

    private IEnumerable<Field> DestinationFields(Random random)
    {
        yield return Field.Of("pattern", random.Next(2) == 0 ? FamilyYaml.DoubleQuoted(Pattern!.Text) : FamilyYaml.SingleQuoted(Pattern!.Text));
        yield return Field.Of("example", FamilyYaml.DoubleQuoted(Pattern.Example));
        if (Description is not null)
        {
            yield return Field.Of("description", FamilyYaml.DoubleQuoted(Description));
        }

        if (Format is not null)
        {
            yield return Field.Of("format", FamilyYaml.SingleQuoted(Format));
        }
    }

    private static string Quoted(Random random, string word) => random.Next(3) == 0 ? FamilyYaml.DoubleQuoted(word) : word;

    private static string Kebab<T>(T value)
        where T : struct, Enum => string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // A kebab word: syllables joined by single dashes or nothing, the index keeping it apart from the standard names.
    private static string Word(Random random, int index)
    {
        var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]);
        var word = "g" + string.Concat(parts.Select(p => (random.Next(2) == 0 ? "-" : "") + p)) + "-" + index.ToString(CultureInfo.InvariantCulture);
        return word.Length <= 32 ? word : word[..28].TrimEnd('-') + "-" + (index % 100).ToString(CultureInfo.InvariantCulture);
    }

    private static string Text(Random random, int min, int max) =>
        string.Concat(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Printable[random.Next(Printable.Length)]));
}
