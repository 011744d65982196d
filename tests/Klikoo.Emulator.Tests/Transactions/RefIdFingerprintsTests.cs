using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>The in-memory store's record of forgotten ref_ids: bounded, the oldest dropped first (the Redis store keeps its own in Redis).</summary>
public sealed class RefIdFingerprintsTests
{
    [Test]
    public void Fingerprints_KeepAtLeastTheNewestHalfOfTheirCapacity_AndDropTheOldest()
    {
        var fingerprints = new RefIdFingerprints(capacity: 10);
        var keys = Enumerable.Range(0, 30).Select(i => new TransactionKey("c", $"r{i}")).ToList();

        foreach (var key in keys)
        {
            fingerprints.Add(key);
        }

        keys.TakeLast(5).Should().OnlyContain(k => fingerprints.Contains(k));
        keys.Take(20).Should().NotContain(k => fingerprints.Contains(k));
        fingerprints.Contains(new TransactionKey("other-client", "r29")).Should().BeFalse("keys are per client");
        fingerprints.Added.Should().Be(30);
    }
}
