namespace Klikoo.Emulator.Fixtures;

/// <summary>Finds the fixtures folder the emulator serves (see <see cref="Hosting.KlikooOptions.Fixtures"/>).</summary>
internal static class FixturesFolder
{
    private const string Name = "fixtures";

    public static string Resolve(string? configured, string workingDirectory, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, workingDirectory);
        }

        // Only a folder that is the emulator's own (it carries the fixture schema): an installed tool must not pick up
        // some other project's fixtures/ above the directory it was started in.
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Name);
            if (File.Exists(Path.Combine(candidate, "schema", "fixtures.schema.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(baseDirectory, Name);
    }
}
