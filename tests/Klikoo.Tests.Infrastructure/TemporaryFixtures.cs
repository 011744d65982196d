namespace Klikoo.Tests.Infrastructure;

/// <summary>A fixtures folder written for one test and deleted after it.</summary>
public sealed class TemporaryFixtures : IDisposable
{
    public TemporaryFixtures(params (string Name, string Text)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "klikoo-fixtures-" + System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in files)
        {
            Write(name, text);
        }
    }

    public string Path { get; }

    /// <summary>The shipped fixtures plus <paramref name="extra"/> files (e.g. a test client with a callback URL).</summary>
    public static TemporaryFixtures ShippedPlus(params (string Name, string Text)[] extra)
    {
        var fixtures = new TemporaryFixtures();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*.yaml", SearchOption.AllDirectories))
        {
            fixtures.Write(System.IO.Path.GetRelativePath(RepositoryPaths.Fixtures, file), File.ReadAllText(file));
        }

        foreach (var (name, text) in extra)
        {
            fixtures.Write(name, text);
        }

        return fixtures;
    }

    public void Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
