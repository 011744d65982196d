using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Klikoo.Emulator.Clients;

/// <summary>Compares a sent secret (client secret, PIN, admin token) with the expected one.</summary>
internal static class Credentials
{
    // Constant time, as a real credential check would be (a mock should not teach timing leaks); the strings'
    // UTF-16 bytes are compared in place, so a check on every request allocates nothing.
    public static bool Match(string? sent, string expected) =>
        sent is not null &&
        CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(sent.AsSpan()), MemoryMarshal.AsBytes(expected.AsSpan()));
}
