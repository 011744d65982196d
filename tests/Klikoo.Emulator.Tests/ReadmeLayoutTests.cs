using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests;

/// <summary>README.md's layout table names every folder of the emulator library, and only folders that exist.</summary>
public sealed partial class ReadmeLayoutTests
{
    [Test]
    public void Layout_EveryFolderOfTheLibrary_NamedInTheLibrarysRow()
    {
        var library = Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator.Core");
        var folders = Directory.GetDirectories(library)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !name!.StartsWith('.'))
            .Select(name => $"{name}/")
            .ToList();
        var row = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Single(line => line.StartsWith("| `emulator/Klikoo.Emulator.Core` |", StringComparison.Ordinal));
        var named = FolderName().Matches(row).Select(m => m.Groups["folder"].Value).ToList();

        folders.Should().HaveCountGreaterThan(10);
        named.Should().BeEquivalentTo(folders, "the README's layout table lists each folder of the library once");
    }

    [GeneratedRegex("`(?<folder>[A-Za-z]+/)`")]
    private static partial Regex FolderName();
}
