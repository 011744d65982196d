using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The file being read and the error list every read appends to.</summary>
internal sealed class FixtureReadContext(string file, FixtureErrors errors)
{
    public string File => file;

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) =>
        errors.Add(new FixtureError(file, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue), message));
}
