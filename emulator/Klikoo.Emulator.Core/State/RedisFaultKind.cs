namespace Klikoo.Emulator.State;

/// <summary>What Redis did when a command failed (see <see cref="RedisFault"/>).</summary>
internal enum RedisFaultKind : byte
{
    /// <summary>No connection: the server is down, unreachable, or dropped it.</summary>
    ConnectionLost,

    /// <summary>Connected, but no answer within the command timeout: a slow, blocked or paused server.</summary>
    Timeout,

    /// <summary>It answered, refusing a write: used memory over maxmemory with the noeviction policy.</summary>
    OutOfMemory,

    /// <summary>It answered, refusing a command on a key that holds another type of value.</summary>
    WrongType,

    /// <summary>It answered any other error.</summary>
    ServerError,
}
