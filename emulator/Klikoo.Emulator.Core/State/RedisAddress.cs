using StackExchange.Redis;

namespace Klikoo.Emulator.State;

/// <summary>
/// Checks <c>Klikoo:State:Redis</c> (<c>--redis</c>) as StackExchange.Redis will read it, so a mistyped address
/// stops the start with one line naming the setting instead of the client's exception.
/// </summary>
internal static class RedisAddress
{
    /// <summary>What is wrong with <paramref name="configuration"/>, after the setting's name; null when it names at least one server.</summary>
    public static string? Problem(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count == 0
                ? $"'{Shown(configuration)}' names no server: use host:port, e.g. --redis localhost:6379"
                : null;
        }
        catch (ArgumentException ex)
        {
            return $"'{Shown(configuration)}' cannot be read ({FirstLine(ex.Message)}): use host:port, e.g. --redis localhost:6379";
        }
    }

    // The message is one line: what the user typed with its control characters shown as '?', the exception's first line.
    private static string Shown(string typed) => string.Concat(typed.Select(c => char.IsControl(c) ? '?' : c));

    private static string FirstLine(string message) => message.Split('\n')[0].TrimEnd('\r', '.');
}
