using System.Text;
using Klikoo.Emulator.Commands;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// What the fixtures folder may hold: links, odd names, huge files. Checked through <c>validate</c>, as a user
/// sees it; every problem is a located error and the command always ends.
/// </summary>
public sealed class FixtureFolderTests
{
    private const string Products = "products:\n  - { code: PLN20, family: pln, price: 20546 }\n";

    [Test]
    [Platform(Include = "Linux,MacOsX", Reason = "creates symbolic links")]
    public void Validate_TwoLinksToTheFolderItself_LocatedErrorsInsteadOfALoop()
    {
        using var folder = new TemporaryFixtures(("products.yaml", Products));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop2"), folder.Path);

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output).Should().Equal(
            $"{folder.Path}/loop1:1:1: a link to a folder already read (a link loop, or a second link to it); not followed",
            $"{folder.Path}/loop2:1:1: a link to a folder already read (a link loop, or a second link to it); not followed",
            $"2 error(s) in 2 fixture file(s) in {folder.Path}.");
    }

    [Test]
    [Platform(Include = "Linux,MacOsX", Reason = "creates symbolic links")]
    public void Validate_LinksOutOfTheFolder_NotFollowed()
    {
        using var outside = new TemporaryFixtures(("secret.yaml", Products), ("dir/more.yaml", Products));
        using var folder = new TemporaryFixtures();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "outside.yaml"), Path.Combine(outside.Path, "secret.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "elsewhere"), Path.Combine(outside.Path, "dir"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "up.yaml"), "../" + Path.GetFileName(outside.Path) + "/secret.yaml");

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output).Should().Equal(
            $"{folder.Path}/elsewhere:1:1: a link out of the fixtures folder; not followed",
            $"{folder.Path}/outside.yaml:1:1: a link out of the fixtures folder; not followed",
            $"{folder.Path}/up.yaml:1:1: a link out of the fixtures folder; not followed",
            $"3 error(s) in 3 fixture file(s) in {folder.Path}.");
    }

    [Test]
    [Platform(Include = "Linux,MacOsX", Reason = "creates symbolic links")]
    public void Validate_LinksWithinTheFolderAsAConfigMapMountMakesThem_Followed()
    {
        // Kubernetes mounts a ConfigMap as products.yaml -> ..data/products.yaml, ..data -> ..2024_11_12_00_00_00.1/.
        using var folder = new TemporaryFixtures(("..2024_11_12_00_00_00.1/products.yaml", Products));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "..data"), "..2024_11_12_00_00_00.1");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "products.yaml"), "..data/products.yaml");

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(0, output);
        output.Should().Be($"1 fixture file(s) in {folder.Path}: valid.{Environment.NewLine}");
    }

    [Test]
    [Platform(Include = "Linux,MacOsX", Reason = "creates symbolic links")]
    public void Validate_DanglingLinkAndEditorLockFile_LockFileIgnoredLinkReported()
    {
        using var folder = new TemporaryFixtures(("products.yaml", Products));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "gone.yaml"), "nowhere.yaml");

        // Emacs marks a file being edited with a link to nowhere named .#file: hidden, so never read.
        File.CreateSymbolicLink(Path.Combine(folder.Path, ".#products.yaml"), "user@host.1234:1700000000");

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output)[0].Should().Be($"{folder.Path}/gone.yaml:1:1: a link to nothing (its target does not exist)");
    }

    [Test]
    public void Validate_BackslashInAFileName_LocatedErrorAndTheOtherFilesStillChecked()
    {
        using var folder = new TemporaryFixtures(("a\\b.yaml", Products), ("c.yaml", "clients:\n  - { id: c, pin: '1', balance: 1 }\n"));

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output).Should().Equal(
            $"{folder.Path}/a\\b.yaml:1:1: the file name has a '\\' or a control character, which other systems read differently; rename the file",
            $"{folder.Path}/c.yaml:2:5: missing required field 'secret'",
            $"2 error(s) in 2 fixture file(s) in {folder.Path}.");
    }

    [Test]
    public void Validate_FiftyMegabyteFile_FileTooLargeWithoutReadingIt()
    {
        using var folder = new TemporaryFixtures(("products.yaml", Products));
        WriteYamlOfSize(Path.Combine(folder.Path, "big.yaml"), 50 * 1024 * 1024);

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output).Should().Equal(
            $"{folder.Path}/big.yaml:1:1: the file is 52428800 bytes; a fixture file may have at most 2097152 (2 MiB)",
            $"1 error(s) in 1 fixture file(s) in {folder.Path}.");
    }

    [Test]
    public void Validate_FilesTogetherOverTheTotal_LocatedAtTheFileThatCrossesIt()
    {
        using var folder = new TemporaryFixtures();
        for (var i = 0; i < 5; i++)
        {
            WriteYamlOfSize(Path.Combine(folder.Path, $"part{i}.yaml"), 1900 * 1024);
        }

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        Lines(output)[0].Should().Be($"{folder.Path}/part4.yaml:1:1: the fixture files hold more than 8388608 bytes (8 MiB) together; this file and any after it are not read");
    }

    [Test]
    public void Validate_HiddenFilesAndFolders_Ignored()
    {
        using var folder = new TemporaryFixtures(("products.yaml", Products), (".hidden.yaml", "nonsense: ["), (".git/x.yaml", "nonsense: ["));

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(0, output);
    }

    // A valid file of the given size: comment lines, so only its size can be wrong.
    private static void WriteYamlOfSize(string path, long bytes)
    {
        var line = "# " + new string('x', 61) + "\n";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var remaining = bytes;
        for (; remaining >= line.Length; remaining -= line.Length)
        {
            writer.Write(line);
        }

        writer.Write(remaining > 0 ? "#" + new string('x', (int)remaining - 1) : "");
    }

    private static string[] Lines(string output) => output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs <c>validate</c> on another thread, so a hang or a loop fails the test instead of stalling the run.</summary>
    private static (int Code, string Output, string Error) Run(string folder)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = Task.Run(() => ValidateCommand.Run([folder], output, error));
        run.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("validate must end, whatever the folder holds");
        return (run.Result, output.ToString(), error.ToString());
    }
}
