using System.Diagnostics.CodeAnalysis;
using StackExchange.Redis;

namespace Klikoo.Emulator.State;

/// <summary>
/// One Redis failure under a public route, classified once for both interfaces (docs/shared-state.md#when-redis-fails):
/// what Redis did, in words an operator can act on. Never a key's value or a password, only what the server said.
/// </summary>
/// <param name="Kind">What Redis did.</param>
/// <param name="Diagnosis">The words for the journal, the log and health.</param>
internal sealed record RedisFault(RedisFaultKind Kind, string Diagnosis)
{
    private const int MaxServerText = 120;

    /// <summary>Whether Redis answered at all: a refusal is an answer, a lost connection or a timeout is not.</summary>
    public bool Unanswered => Kind is RedisFaultKind.ConnectionLost or RedisFaultKind.Timeout;

    /// <summary>
    /// Classifies <paramref name="exception"/> when Redis caused it. StackExchange.Redis's timeout is a
    /// <see cref="TimeoutException"/>, not a <see cref="RedisException"/>, so both are looked for.
    /// </summary>
    public static bool TryClassify(Exception exception, string address, int timeoutMilliseconds, [NotNullWhen(true)] out RedisFault? fault)
    {
        fault = exception switch
        {
            RedisTimeoutException => new(RedisFaultKind.Timeout,
                $"Redis at {address} did not answer within {timeoutMilliseconds} ms (timed out: the server is slow, blocked or paused)"),
            RedisConnectionException lost => new(RedisFaultKind.ConnectionLost,
                $"Redis at {address} has no connection ({lost.FailureType}): the server is down or unreachable"),
            RedisServerException refused when refused.Message.Contains("OOM command not allowed", StringComparison.Ordinal) => new(RedisFaultKind.OutOfMemory,
                $"Redis at {address} refused the write: out of memory (used memory over maxmemory, policy noeviction)"),
            RedisServerException refused when refused.Message.Contains("WRONGTYPE", StringComparison.Ordinal) => new(RedisFaultKind.WrongType,
                $"Redis at {address} refused a command: WRONGTYPE, a key under Klikoo:State:Prefix holds another type of value (written by something other than the emulator?)"),
            RedisServerException refused => new(RedisFaultKind.ServerError, $"Redis at {address} answered an error: {FirstLine(refused.Message)}"),
            RedisException other => new(RedisFaultKind.ConnectionLost, $"Redis at {address} failed: {FirstLine(other.Message)}"),
            _ => null,
        };
        return fault is not null;
    }

    private static string FirstLine(string message)
    {
        var line = message.AsSpan();
        var end = line.IndexOfAny('\r', '\n');
        line = end >= 0 ? line[..end] : line;
        return line.Length <= MaxServerText ? line.ToString() : string.Concat(line[..(MaxServerText - 1)], "…");
    }
}
