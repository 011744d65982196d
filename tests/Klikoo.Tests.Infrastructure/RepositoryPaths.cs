namespace Klikoo.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped fixtures folder.</summary>
    public static string Fixtures => Path.Combine(Root, "fixtures");

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
