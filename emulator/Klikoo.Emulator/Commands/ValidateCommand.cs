
namespace Klikoo.Emulator.Commands;

/// <summary>
/// <c>validate [folder]</c>: checks fixture files without starting the server and prints every error as
/// <c>file:line:column: message</c>; exit code 0 only when all files are valid (docs/klikoo-interface.md#operating-contract).
/// </summary>
public static class ValidateCommand
{
    public const string Name = "validate";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count > 1 || arguments is [_] && arguments[0].StartsWith('-'))
        {
            error.WriteLine("usage: validate [fixtures-folder]");
            return 2;
        }

        var folder = FixturesFolder.Resolve(arguments.Count == 1 ? arguments[0] : null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (Check(folder, output, error) is not { } catalog)
        {
            return 1;
        }

        output.WriteLine($"{catalog.Files.Count} fixture file(s) in {folder}: valid.");
        return 0;
    }

    /// <summary>
    /// Loads and validates <paramref name="folder"/>, printing every error as file:line:column and a count; what any
    /// command that reads fixtures does first. Returns the catalogue, or <see langword="null"/> when it is invalid or unreadable.
    /// </summary>
    public static FixtureCatalog? Check(string folder, TextWriter output, TextWriter error)
    {
        FixtureValidationResult result;
        try
        {
            result = FixtureValidator.ValidateFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder itself is missing or unreadable; a problem with any file in it is a located error instead.
            error.WriteLine(ex.Message);
            return null;
        }

        foreach (var problem in result.Errors)
        {
            output.WriteLine(problem with { File = DisplayPath(Path.Combine(folder, problem.File)) });
        }

        if (!result.IsValid)
        {
            var files = result.Errors.Select(e => e.File).Distinct(StringComparer.Ordinal).Count();
            output.WriteLine($"{result.Errors.Count} error(s) in {files} fixture file(s) in {folder}.");
        }

        return result.Catalog;
    }

    // Relative to the working directory when inside it, so editors and CI logs can jump to it; absolute otherwise.
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }
}
