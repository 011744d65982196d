using System.Diagnostics;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// Waits, boundedly, for something that happens on another thread (a callback arriving). Not a timing sleep:
/// it returns as soon as the condition holds and fails the test with a message when it never does.
/// </summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    /// <summary>As the other, for a condition that has to ask (an HTTP call to another process).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(10);
        }
    }
}
