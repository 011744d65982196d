using FsCheck;
using FsCheck.Fluent;

namespace Klikoo.Emulator.Tests;

/// <summary>Seeded FsCheck samples for property tests that drive HTTP calls: the same seed, the same cases, in order.</summary>
internal static class Generated
{
    public static IReadOnlyList<T> Cases<T>(Gen<T> generator, ulong seed, int count, int size = 50)
    {
        var cases = generator.Sample(count, new Rnd(seed), size);
        cases.Should().HaveCount(count, "the property must run every case it asks for");
        return cases;
    }
}
