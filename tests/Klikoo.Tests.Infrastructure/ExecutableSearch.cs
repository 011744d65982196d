namespace Klikoo.Tests.Infrastructure;

/// <summary>Finds a program the tests drive (redis-server, chromium) as a shell would, so any install works, not only Debian's.</summary>
public static class ExecutableSearch
{
    /// <summary>
    /// The value of <paramref name="variable"/> if set; else the first <paramref name="name"/> on PATH; else
    /// <paramref name="usual"/> (where Debian's package puts it), so a message can say where it was looked for.
    /// </summary>
    public static string Find(string variable, string name, string usual)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } chosen)
        {
            return chosen;
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists) ?? usual;
    }
}
