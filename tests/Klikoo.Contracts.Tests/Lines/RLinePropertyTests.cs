using Bogus;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests.Lines;

/// <summary>Parse(Format(x)) == x over thousands of seeded lines of every shape.</summary>
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
