using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// Code and fixture comments cite the repository's own documents, never one a reader of the repository cannot
/// open: every <c>docs/x.md#section</c> names a file that exists and a heading in it, and nothing cites the
/// product brief's SPEC or STYLE documents.
/// </summary>
public sealed partial class CodeCitationTests
{
    private static readonly string[] Folders = ["emulator", "contracts", "tests", "fixtures"];

    private static IEnumerable<string> Sources() =>
        Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => !path.EndsWith(nameof(CodeCitationTests) + ".cs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Test]
    public void Citations_EveryDocsSection_ExistsInTheRepository()
    {
        var broken = new List<string>();
        foreach (var source in Sources())
        {
            foreach (Match citation in DocsCitation().Matches(File.ReadAllText(source)))
            {
                var document = Path.Combine(RepositoryPaths.Root, "docs", citation.Groups["file"].Value);
                var anchor = citation.Groups["anchor"].Value;
                if (!File.Exists(document) || !Anchors(document).Contains(anchor))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryPaths.Root, source)}: {citation.Value}");
                }
            }
        }

        broken.Should().BeEmpty("a comment must point at a file and heading a reader of the repository can open");
    }

    [Test]
    public void Citations_NoDocumentOutsideTheRepository()
    {
        var outside = Sources()
            .SelectMany(source => OutsideCitation().Matches(File.ReadAllText(source)).Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, source)}: {m.Value}"))
            .ToList();

        outside.Should().BeEmpty("SPEC, STYLE and the shared briefing folder are not in the repository");
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static HashSet<string> Anchors(string document) =>
        [.. Heading().Matches(File.ReadAllText(document)).Select(h => Punctuation().Replace(h.Groups["title"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))];

    [GeneratedRegex(@"docs/(?<file>[A-Za-z0-9-]+\.md)#(?<anchor>[A-Za-z0-9-]+)")]
    private static partial Regex DocsCitation();

    [GeneratedRegex(@"\b(SPEC|STYLE)( [A-Z]\d*\b|:)|\.\./shared/|klikoo-docs/")]
    private static partial Regex OutsideCitation();

    [GeneratedRegex(@"^#{1,6} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd} -]")]
    private static partial Regex Punctuation();
}
