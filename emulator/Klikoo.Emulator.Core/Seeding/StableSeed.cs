namespace Klikoo.Emulator.Seeding;

/// <summary>
/// Derives a generator seed from the configured seed and a request key (destination, ref_id) with FNV-1a,
/// which, unlike <see cref="string.GetHashCode()"/>, is the same in every process and on every machine.
/// </summary>
internal static class StableSeed
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static int For(int seed, ReadOnlySpan<char> key, ReadOnlySpan<char> purpose = default)
    {
        var hash = Mix(OffsetBasis, (uint)seed);
        foreach (var c in purpose)
        {
            hash = Mix(hash, c);
        }

        hash = Mix(hash, '|');
        foreach (var c in key)
        {
            hash = Mix(hash, c);
        }

        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }

    private static ulong Mix(ulong hash, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash = (hash ^ (byte)(value >> (8 * i))) * Prime;
        }

        return hash;
    }
}
