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

        return [.. Paths(folder).Select(relative => new FixtureFile(relative, File.ReadAllText(Path.Combine(folder, relative))))];
    }

    /// <summary>What the folder holds, cheaply: every fixture file's path, size and write time. Changes when any file does.</summary>
    public static string Fingerprint(string folder)
    {
        try
        {
            return string.Join('|', Paths(folder).Select(relative =>
            {
                var file = new FileInfo(Path.Combine(folder, relative));
                return $"{relative}:{file.Length}:{file.LastWriteTimeUtc.Ticks}";
            }));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + ex.Message;
        }
    }

    // Ordinal order, so the same folder loads the same way on every machine and file system.
    private static IEnumerable<string> Paths(string folder) =>
        Directory.Exists(folder)
            ? Patterns
                .SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
}
