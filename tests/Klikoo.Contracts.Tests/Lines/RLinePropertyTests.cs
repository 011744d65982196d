using Bogus;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests.Lines;

/// <summary>Parse(Format(x)) == x and Format(Parse(text)) == text over thousands of seeded lines of every shape.</summary>
public sealed class RLinePropertyTests
{
    private const int Count = 5000;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ParseFormat_GeneratedLines_RoundTrip(int seed)
    {
        var faker = new LineFaker(seed);
        for (var i = 0; i < Count; i++)
        {
            var line = faker.Any();
            var text = line.Format();

            RLine.Parse(text).Should().Be(line, $"line {i} of seed {seed} was '{text}'");
            text.Should().NotContainAny("\r", "\n");
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void FormatParse_GeneratedText_GivesBackTheSameBytes(int seed)
    {
        var faker = new LineFaker(seed);
        for (var i = 0; i < Count; i++)
        {
            var text = faker.Any().Format();

            RLine.Parse(text).Format().Should().Be(text, $"line {i} of seed {seed}");
        }
    }

    [TestCase(11)]
    [TestCase(12)]
    [TestCase(13)]
    public void ParseFormat_CatalogueLines_RoundTripBothWaysForEveryShape(int seed)
    {
        var faker = new CatalogueLineFaker(seed);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var line = faker.Any();
            var text = line.Format();
            var parsed = RLine.Parse(text);

            parsed.Should().Be(line, $"line {i} of seed {seed} was '{text}'");
            parsed.Format().Should().Be(text);
            shapes.Add(Shape(line));
        }

        shapes.Should().BeEquivalentTo(
            ["InquirySuccessLine", "InquiryFailureLine", "InProgressLine", "SuccessLine", "FailedLine", "RejectedLine", "id zone", "id(zone)", "unnamed inquiry", "name with dots"],
            "every line type and every awkward shape must be generated");
    }

    // The line's type, and now and then the awkward shape it carries, so the test proves each was generated.
    private static string Shape(RLine line) => line switch
    {
        TransactionLine { Destination: var to } when to.Contains(' ', StringComparison.Ordinal) => "id zone",
        TransactionLine { Destination: var to } when to.Contains('(', StringComparison.Ordinal) => "id(zone)",
        InquirySuccessLine { CustomerName: null, PowerCapacity: null } => "unnamed inquiry",
        InquirySuccessLine { CustomerName: var name } when name!.Contains(". ", StringComparison.Ordinal) => "name with dots",
        _ => line.GetType().Name,
    };

    [Test]
    public void TryParse_MutatedLines_NeverThrows()
    {
        var random = new Randomizer(7);
        var faker = new LineFaker(7);
        for (var i = 0; i < Count; i++)
        {
            var chars = faker.Any().Format().ToCharArray();
            var mutations = random.Int(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                chars[random.Int(0, chars.Length - 1)] = random.ArrayElement(['.', ' ', '#', '-', ':', '@', '&', '=', 'x', '9', '\u0000']);
            }

            var text = new string(chars, 0, random.Int(0, chars.Length));
            var parse = () => RLine.TryParse(text, out _);

            parse.Should().NotThrow($"'{text}' must parse or be refused, never crash");
        }
    }
}
