using Klikoo.Emulator.Products;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The file being read, the error list every read appends to, and the families <c>family:</c> may name.</summary>
internal sealed class FixtureReadContext(string file, FixtureErrors errors, FamilyTable families)
{
    public FixtureReadContext(string file, FixtureErrors errors)
        : this(file, errors, StandardFamilies.Table)
    {
    }

    public string File => file;

    public FamilyTable Families => families;

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) =>
        errors.Add(new FixtureError(file, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue), message));
}
