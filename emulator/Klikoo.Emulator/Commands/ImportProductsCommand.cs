using System.Text;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// <c>import-products &lt;price-list.json&gt; --out &lt;products.yaml&gt; [--family KEY=FAMILY ...]</c>: turns a saved
/// Open API price list (<c>POST products</c>) into a products fixture file, so a partner tests against their own
/// catalogue (docs/fixtures.md#import-a-price-list). Bad input: every error as file:line:column and nothing written.
/// </summary>
public static class ImportProductsCommand
{
    public const string Name = "import-products";
    public const string Usage = "usage: import-products <price-list.json> --out <products.yaml> [--family <category-or-code-prefix>=<family> ...]";

    // A full catalogue is a few MiB of JSON; more is not a price list.
    private const long MaxInputBytes = 64L * 1024 * 1024;
    private const int MaxErrorsShown = 100;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? input = null;
        string? outPath = null;
        var overrides = new List<FamilyOverride>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--out" when i + 1 < arguments.Count && outPath is null:
                    outPath = arguments[++i];
                    break;
                case "--family" when i + 1 < arguments.Count:
                    if (FamilyOverride.Parse(arguments[++i], out var problem) is not { } familyOverride)
                    {
                        error.WriteLine(problem);
                        return 2;
                    }

                    overrides.Add(familyOverride);
                    break;
                case var value when !value.StartsWith('-') && input is null:
                    input = value;
                    break;
                default:
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        if (input is null || outPath is null)
        {
            error.WriteLine(Usage);
            return 2;
        }

        return Import(input, outPath, overrides, output, error);
    }

    private static int Import(string input, string outPath, IReadOnlyList<FamilyOverride> overrides, TextWriter output, TextWriter error)
    {
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(outPath), StringComparison.Ordinal))
        {
            error.WriteLine($"--out {outPath} is the price list itself; write the fixture file somewhere else.");
            return 2;
        }

        PriceListRead read;
        try
        {
            read = new FileInfo(input).Length > MaxInputBytes
                ? new PriceListRead([], [new FixtureError(input, 1, 1, $"the file is over {MaxInputBytes / 1024 / 1024} MiB: not one saved price list")])
                : PriceListReader.Read(input, File.ReadAllBytes(input));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot read {input}: {ex.Message}");
            return 1;
        }

        if (!read.IsValid)
        {
            return Refuse(read.Errors, $"{read.Errors.Count} error(s) in {input}; nothing written.", error);
        }

        var (imported, skipped) = ProductImport.Plan(read.Rows, overrides);
        foreach (var (row, why) in skipped)
        {
            error.WriteLine(new FixtureError(input, row.Line, row.Column,
                $"not imported: {OneLineText.Of(row.Code, 30)} \"{OneLineText.Of(row.Name, 60)}\" ({OneLineText.Of(row.Category, 30)}): {why}"));
        }

        if (imported.Count == 0)
        {
            error.WriteLine($"nothing written: none of the {read.Rows.Count} product(s) in {input} could be imported.");
            return 1;
        }

        var yaml = ProductsYaml.Write(Path.GetFileName(input), imported);
        if (Check(Path.GetFileName(outPath), yaml) is { Count: > 0 } invalid)
        {
            return Refuse(invalid, "the fixture file would not validate; nothing written. Please report it.", error);
        }

        try
        {
            WriteInPlace(outPath, yaml);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write {outPath}: {ex.Message}; nothing written.");
            return 1;
        }

        var families = ProductsYaml.Sorted(imported).GroupBy(p => p.Family, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{imported.Count} product(s) written to {outPath} ({string.Join(", ", families)}); {skipped.Count} not imported{(skipped.Count > 0 ? " (listed above)" : "")}.");
        return 0;
    }

    private static int Refuse(IReadOnlyList<FixtureError> errors, string summary, TextWriter error)
    {
        foreach (var problem in errors.Take(MaxErrorsShown))
        {
            error.WriteLine(problem);
        }

        if (errors.Count > MaxErrorsShown)
        {
            error.WriteLine($"... and {errors.Count - MaxErrorsShown} more.");
        }

        error.WriteLine(summary);
        return 1;
    }

    /// <summary>
    /// What the emulator would say of the file: it names only standard families (docs/fixtures.md#families), which
    /// every fixtures folder knows, so the import never writes a file the emulator's own checks refuse.
    /// </summary>
    internal static IReadOnlyList<FixtureError> Check(string name, string yaml)
    {
        if (Encoding.UTF8.GetByteCount(yaml) > FixtureLimits.MaxFileBytes)
        {
            return [new FixtureError(name, 1, 1, $"the fixture file would be over the {FixtureLimits.MaxFileBytes / 1024 / 1024} MiB a fixture file may hold; import fewer products (save the list by category)")];
        }

        return FixtureValidator.Validate([new FixtureFile(name, yaml)], StandardFamilies.Table).Errors;
    }

    // The fixtures folder may be watched by a running emulator (docs/fixtures.md): it reads only *.yaml, and a move
    // within one folder replaces the file whole, so it never sees half a file, and a failure leaves --out as it was.
    private static void WriteInPlace(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
