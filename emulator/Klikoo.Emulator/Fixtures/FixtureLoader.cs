namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads every YAML file under the fixtures folder, in a stable order. I/O only: no parsing.</summary>
public static class FixtureLoader
{
    private static readonly string[] Patterns = ["*.yaml", "*.yml"];

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<FixtureFile> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Fixtures folder '{folder}' does not exist.");
        }

        // Ordinal order, so the same folder loads the same way on every machine and file system.
        return Patterns
            .SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new FixtureFile(relative, File.ReadAllText(Path.Combine(folder, relative))))
            .ToArray();
    }
}
