using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>A value read from a fixture file with where it came from, for cross-file checks such as duplicates.</summary>
internal sealed record Located<T>(T Value, FixtureReadContext Context, YamlNode Node)
{
    public void Error(string message) => Context.Error(Node, message);

    public string Where => $"{Context.File}:{Node.Start.Line}:{Node.Start.Column}";
}
