using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// <c>validate [folder]</c>: checks fixture files without starting the server and prints every error as
/// <c>file:line:column: message</c>; exit code 0 only when all files are valid (SPEC C).
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
        IReadOnlyList<FixtureFile> files;
        try
        {
            files = FixtureLoader.Load(folder);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ex.Message);
            return 1;
        }

        var result = FixtureValidator.Validate(files);
        foreach (var problem in result.Errors)
        {
            output.WriteLine(problem with { File = DisplayPath(Path.Combine(folder, problem.File)) });
        }

        output.WriteLine(result.IsValid
            ? $"{files.Count} fixture file(s) in {folder}: valid."
            : $"{result.Errors.Count} error(s) in {files.Count} fixture file(s) in {folder}.");
        return result.IsValid ? 0 : 1;
    }

    // Relative to the working directory when inside it, so editors and CI logs can jump to it; absolute otherwise.
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }
}
