using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// docs/open-api.md's walkthrough with openssl and curl, run as printed: its first block makes a key pair and registers
/// it in a fixtures folder (a copy of the shipped one), the emulator starts on that folder with the system clock, and
/// its second block gets a token and makes the signed calls; each reply is the one the block's comment shows.
/// </summary>
[NonParallelizable]
public sealed partial class OpenApiWalkthroughTests
{
    [Test]
    public async Task Walkthrough_RegisterKeyTokenAndSignedCalls_ReplyAsPrinted()
    {
        var blocks = Blocks();
        blocks.Should().HaveCount(2);
        var folder = Directory.CreateTempSubdirectory("klikoo-walkthrough-").FullName;
        try
        {
            CopyShippedFixtures(Path.Combine(folder, "fixtures"));
            (await BashAsync(folder, blocks[0])).Should().BeEmpty();

            await using var emulator = await EmulatorProcess.StartAsync([$"--Klikoo:Fixtures={Path.Combine(folder, "fixtures")}"]);
            var output = await BashAsync(folder, blocks[1].Replace("http://localhost:5080", emulator.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal));

            var expected = PrintedReply().Matches(blocks[1]).Select(m => m.Groups["json"].Value).ToList();
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            expected.Should().HaveCount(2);
            lines.Should().HaveCount(expected.Count, output);
            for (var i = 0; i < expected.Count; i++)
            {
                lines[i].Should().Match(expected[i].Replace("...", "*", StringComparison.Ordinal), emulator.Output);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Blocks()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "open-api.md"));
        var start = doc.IndexOf("\n## Your own key, a token and a signed call with openssl and curl\n", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "docs/open-api.md has the walkthrough");
        return [.. BashBlock().Matches(doc[start..end]).Select(m => m.Groups["bash"].Value)];
    }

    private static void CopyShippedFixtures(string target)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Fixtures, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    // The block as printed, stopping at its first failing command; its standard output is returned.
    private static async Task<string> BashAsync(string folder, string block)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("set -eo pipefail\n" + block);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, errors);
        return await output;
    }

    [GeneratedRegex(@"^```bash\n(?<bash>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^# (?<json>\{.*\})$", RegexOptions.Multiline)]
    private static partial Regex PrintedReply();
}
