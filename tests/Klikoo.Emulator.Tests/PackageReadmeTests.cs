using System.Xml.Linq;

namespace Klikoo.Emulator.Tests;

/// <summary>
/// Every package this repository ships has a readme the package page shows (nuget.org and IDEs render it): declared,
/// present beside the project and packed at the package root. .ci/run checks one packed package holds it.
/// </summary>
public sealed class PackageReadmeTests
{
    private static IEnumerable<TestCaseData> PackableProjects() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => Property(XDocument.Load(p), "IsPackable") == "true")
            .Order(StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetArgDisplayNames(Path.GetFileNameWithoutExtension(p)));

    [Test]
    public void PackableProjects_AreTheFourPackages() =>
        PackableProjects().Select(c => Path.GetFileNameWithoutExtension((string)c.Arguments[0]!)).Should().BeEquivalentTo(
            "Klikoo.Contracts", "Klikoo.Emulator", "Klikoo.Emulator.Core", "Klikoo.Emulator.Testing");

    [TestCaseSource(nameof(PackableProjects))]
    public void PackableProject_Readme_DeclaredPresentAndPacked(string project)
    {
        var xml = XDocument.Load(project);
        var readme = Property(xml, "PackageReadmeFile");

        readme.Should().Be("README.md");
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(project)!, readme!));
        text.Should().StartWith($"# {Path.GetFileNameWithoutExtension(project)}");
        xml.Descendants("None").Should().Contain(n => (string?)n.Attribute("Include") == readme && (string?)n.Attribute("Pack") == "true" &&
            (string?)n.Attribute("PackagePath") == "/");
    }

    private static string? Property(XDocument project, string name) => project.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault();
}
