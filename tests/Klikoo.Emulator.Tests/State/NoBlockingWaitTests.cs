using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// The emulator's code awaits (Redis, a fixture reload): no sleeps, no blocking waits on a task, no thread-pool floor
/// raised to survive them. A request or loop that blocks a thread while Redis answers was
/// what made a burst of Redis buys thread-pool bound (docs/shared-state.md#round-trips).
/// </summary>
public sealed partial class NoBlockingWaitTests
{
    [Test]
    public void ProductCode_NeverBlocksAThreadWaiting()
    {
        var core = Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator.Core");
        var found = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => Blocking().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(core, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        found.Should().BeEmpty();
    }

    [Test]
    public void Pattern_FindsEachBlockingCall()
    {
        string[] blocking =
        [
            "Thread.Sleep(poll);", "Task.WaitAll(write, lease);", "reads[i].GetAwaiter().GetResult()", "ThreadPool.SetMinThreads(1024, 8);",
            "task.Wait();", "var x = pending.Result;",
        ];

        blocking.Should().OnlyContain(line => Blocking().IsMatch(line));
        Blocking().IsMatch("retry.Outcome.Result is { Delivered: false }").Should().BeFalse();
    }

    [GeneratedRegex(@"Thread\.Sleep\(|Task\.WaitAll\(|Task\.WaitAny\(|GetAwaiter\(\)\.GetResult\(\)|SetMinThreads\(|\.Wait\(\)|\b(pending|task|write|read)\.Result\b")]
    private static partial Regex Blocking();
}
