using Klikoo.Emulator.Fixtures;

namespace Klikoo.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped fixtures folder.</summary>
    public static string Fixtures => Path.Combine(Root, "fixtures");

    /// <summary>Every shipped fixture file, by its path inside <see cref="Fixtures"/>: a test case source for checks of each file.</summary>
    public static IEnumerable<string> ShippedFixtureFiles() => FixtureLoader.Load(Fixtures).Select(f => f.Path);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KlikooEmulator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KlikooEmulator.sln above {AppContext.BaseDirectory}.");
    }
}
