using System.Text;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Reads every YAML file under the fixtures folder, in a stable order. I/O only: no parsing. What it will not read (a
/// file too large, a link out of the folder or in a loop, an odd name) becomes a located error, never an exception,
/// and nothing is read past the size limits (docs/limits.md#fixture-files).
/// </summary>
public static class FixtureLoader
{
    /// <summary>Every fixture file's text, for callers that know the folder is sound (the shipped fixtures).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FixtureValidationException">Some file could not be read; the errors say which and why.</exception>
    public static IReadOnlyList<FixtureFile> Load(string folder)
    {
        var load = Read(folder);
        return load.Errors.Count == 0 ? load.Files : throw new FixtureValidationException(folder, load.Errors);
    }

    /// <summary>Reads the folder's fixture files, with a located error for each one it would not read.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static FixtureLoad Read(string folder, CancellationToken cancellationToken = default)
    {
        var files = new List<FixtureFile>();
        var errors = new List<FixtureError>();
        long total = 0;
        foreach (var entry in FixturePaths.Walk(folder, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Problem is { } problem)
            {
                errors.Add(new FixtureError(entry.Path, 1, 1, problem));
                continue;
            }

            if (files.Count >= FixtureLimits.MaxFiles)
            {
                errors.Add(new FixtureError(entry.Path, 1, 1, $"more than {FixtureLimits.MaxFiles} fixture files; this file and any after it are not read"));
                break;
            }

            try
            {
                var length = new FileInfo(entry.Target!).Length;
                if (length > FixtureLimits.MaxFileBytes || ReadText(entry.Target!, length) is not { } text)
                {
                    var size = length > FixtureLimits.MaxFileBytes ? length.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"more than {FixtureLimits.MaxFileBytes}";
                    errors.Add(new FixtureError(entry.Path, 1, 1, $"the file is {size} bytes; a fixture file may have at most {FixtureLimits.MaxFileBytes} (2 MiB)"));
                    continue;
                }

                if ((total += length) > FixtureLimits.MaxTotalBytes)
                {
                    errors.Add(new FixtureError(entry.Path, 1, 1, $"the fixture files hold more than {FixtureLimits.MaxTotalBytes} bytes (8 MiB) together; this file and any after it are not read"));
                    break;
                }

                files.Add(new FixtureFile(entry.Path, text));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file deleted or locked between the walk and the read: the next reload sees the folder as it is then.
                errors.Add(new FixtureError(entry.Path, 1, 1, $"the file cannot be read: {ex.Message}"));
            }
        }

        return new FixtureLoad(files, errors);
    }

    /// <summary>What the folder holds, cheaply: every fixture file's path, size and write time. Changes when any file does.</summary>
    public static string Fingerprint(string folder)
    {
        try
        {
            return string.Join('|', FixturePaths.Walk(folder, CancellationToken.None).Select(entry =>
            {
                if (entry.Target is null)
                {
                    return $"{entry.Path}!{entry.Problem}";
                }

                var file = new FileInfo(entry.Target);
                return $"{entry.Path}:{file.Length}:{file.LastWriteTimeUtc.Ticks}";
            }));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + ex.Message;
        }
    }

    // Never more than the limit, even from a file growing while it is read. An empty file is not opened: a FIFO or a
    // device also shows a length of 0, and opening one could wait for ever.
    private static string? ReadText(string path, long length)
    {
        if (length == 0)
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan);
        using var bytes = new MemoryStream((int)Math.Min(length, FixtureLimits.MaxFileBytes));
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (bytes.Length + read > FixtureLimits.MaxFileBytes)
            {
                return null;
            }

            bytes.Write(chunk, 0, read);
        }

        bytes.Position = 0;
        using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
