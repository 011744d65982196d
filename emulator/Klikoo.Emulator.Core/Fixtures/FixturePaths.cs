namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Walks a fixtures folder for its *.yaml and *.yml files, in ordinal order, without trusting what it holds. Links
/// are followed only within the folder; a link out of it, to nothing, or to a folder or file read already (a loop, a
/// second link) is a problem to report, never walked. Names starting with '.' are skipped: hidden files, editors'
/// lock files (Emacs links .#name to nowhere) and the internals of a Kubernetes ConfigMap mount (..data).
/// </summary>
internal static class FixturePaths
{
    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>One entry: a file to read (<paramref name="Target"/>, its real path) or a <paramref name="Problem"/>.</summary>
    public sealed record Entry(string Path, string? Target, string? Problem);

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<Entry> Walk(string folder, CancellationToken cancellationToken)
    {
        var root = RealPath(Path.GetFullPath(folder)) is { } real && Directory.Exists(real)
            ? Path.TrimEndingDirectorySeparator(real)
            : throw new DirectoryNotFoundException($"Fixtures folder '{folder}' does not exist.");
        var entries = new List<Entry>();
        var folders = new HashSet<string>(StringComparer.Ordinal) { root };
        var files = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Real, string Relative)>();
        var links = new Queue<(FileSystemInfo Link, string Relative)>();
        pending.Push((root, ""));

        // The folder's own tree first, then its links: a link, not the folder it names, is what gets reported as a second way in.
        while (pending.Count > 0 || links.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pending.TryPop(out var directory))
            {
                foreach (var child in Children(directory.Real, directory.Relative, entries))
                {
                    var relative = directory.Relative.Length == 0 ? child.Name : $"{directory.Relative}/{child.Name}";
                    if (child.LinkTarget is not null)
                    {
                        links.Enqueue((child, relative));
                    }
                    else
                    {
                        Add(child.FullName, relative, isLink: false);
                    }
                }
            }
            else
            {
                var (link, relative) = links.Dequeue();
                var target = RealPath(link.FullName);
                if (target is null || (!File.Exists(target) && !Directory.Exists(target)))
                {
                    AddProblemIfYaml(relative, "a link to nothing (its target does not exist)");
                }
                else if (!IsWithin(target, root))
                {
                    if (IsYaml(relative) || Directory.Exists(target))
                    {
                        entries.Add(new Entry(relative, null, "a link out of the fixtures folder; not followed"));
                    }
                }
                else
                {
                    Add(target, relative, isLink: true);
                }
            }
        }

        return [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];

        void Add(string real, string relative, bool isLink)
        {
            if (Directory.Exists(real))
            {
                if (folders.Add(real))
                {
                    pending.Push((real, relative));
                }
                else
                {
                    entries.Add(new Entry(relative, null, "a link to a folder already read (a link loop, or a second link to it); not followed"));
                }
            }
            else if (IsYaml(relative))
            {
                entries.Add(
                    HasOddName(relative) ? new Entry(Printable(relative), null, "the file name has a '\\' or a control character, which other systems read differently; rename the file")
                    : files.Add(real) ? new Entry(relative, real, null)
                    : new Entry(relative, null, isLink ? "a link to a file already read; not read twice" : "a file already read; not read twice"));
            }
        }

        void AddProblemIfYaml(string relative, string problem)
        {
            if (IsYaml(relative))
            {
                entries.Add(new Entry(Printable(relative), null, problem));
            }
        }
    }

    /// <summary>
    /// <paramref name="path"/> with every link resolved one path component at a time, as the system resolves it (so
    /// "link/.." is the link's parent, not the folder it sits in); null for a loop of links.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var parts = new Stack<string>(full[current.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var hops = 0;
        while (parts.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            // As Linux does: a chain of more than 40 links is a loop.
            if (++hops > 40)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var step in target.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                parts.Push(step);
            }
        }

        return current;
    }

    private static List<FileSystemInfo> Children(string real, string relative, List<Entry> entries)
    {
        try
        {
            return [.. new DirectoryInfo(real).EnumerateFileSystemInfos("*", OneLevel).Where(c => !c.Name.StartsWith('.'))];
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && relative.Length > 0)
        {
            // A subfolder is a located problem among the others; the fixtures folder itself unreadable is the caller's
            // to report (start-up names the folder and the fix; a reload keeps the last good fixtures).
            entries.Add(new Entry(Printable(relative), null, $"the folder cannot be read: {ex.Message}"));
            return [];
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsWithin(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // As the file system matches "*.yaml" and "*.yml".
    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) ||
        name.EndsWith(".yml", OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // A '\' is a folder separator on Windows; control characters and undecodable bytes (read as U+FFFD) print badly.
    private static bool HasOddName(string relative) =>
        relative.AsSpan().IndexOfAny(OddCharacters) >= 0 || relative.Any(char.IsControl);

    private static readonly System.Buffers.SearchValues<char> OddCharacters = System.Buffers.SearchValues.Create("\\\uFFFD");

    private static string Printable(string relative) =>
        string.Concat(relative.Select(c => char.IsControl(c) ? '?' : c));
}
