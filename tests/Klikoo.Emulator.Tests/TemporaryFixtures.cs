namespace Klikoo.Emulator.Tests;

/// <summary>A fixtures folder written for one test and deleted after it.</summary>
internal sealed class TemporaryFixtures : IDisposable
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

    public void Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
