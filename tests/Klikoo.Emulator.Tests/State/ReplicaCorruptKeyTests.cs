using System.Globalization;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Keys in the due set that are no transaction the emulator can read (a string someone set by hand, hashes with
/// fields missing, not numbers, or out of range): every replica's due poll skips them, takes them out of the due set
/// and names each once in a warning, and resolves every other pending transaction by itself.
/// </summary>
public sealed class ReplicaCorruptKeyTests : ReplicaSuite
{
    private const int Pending = 10;
    private const int Garbage = 150;

    // A client no fixture knows: a garbage hash that happens to read as a transaction fails for want of balance, so
    // it charges no real account.
    private const string Stranger = "garbage-client";

    private static readonly string[] BadValues =
        ["", "abc", "-", "1e400", "99999999999999999999999999", "9223372036854775807", "-9223372036854775808", "0x10", " 1", new('9', 5000), "\u0000"];

    [Test]
    public async Task DuePoll_UnreadableTransactionsInTheDueSet_SkippedReportedOnceAndTheRestResolveByThemselves()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        var refIds = Enumerable.Range(0, Pending).Select(i => $"good-{i}").ToList();
        foreach (var refId in refIds)
        {
            InProgressLine.Parse(await a.GetStringAsync(ReplicaSet.PendingBuy(refId)));
        }

        var planted = new List<string> { ReplicaSet.SampleKey("tx", "planted-string") };
        await Replicas.Redis.CommandAsync("SET", planted[0], "not a transaction");
        planted.AddRange(await PlantGarbageAsync(new Random(8)));
        foreach (var key in planted)
        {
            await Replicas.Redis.CommandAsync("ZADD", "klikoo:due", "0", key);
        }

        await b.AdvanceClockAsync(60);

        await Eventually.TrueAsync(async () => await a.TransactionCountAsync("inProgress") == 0, "the due poll resolves the readable transactions");
        var rechecks = await Task.WhenAll(refIds.Select(r => b.GetStringAsync(ReplicaSet.PendingBuy(r))));
        var output = a.Process.Output + b.Process.Output;
        var due = await Replicas.Redis.CommandAsync("ZCARD", "klikoo:due");
        var next = SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("after")));
        using (new AssertionScope(output.Length > 4000 ? output[^4000..] : output))
        {
            rechecks.Should().AllSatisfy(line => SuccessLine.TryParse(line, out _).Should().BeTrue(line));
            next.Balance.Before.Should().Be(ReplicaSet.Deposit - (Pending * ReplicaSet.Price), "each readable pending buy charged once");
            due.Should().Be("0", "the unreadable keys left the due set: " + await Replicas.Redis.CommandAsync("EVAL", "return table.concat(redis.call('ZRANGE', KEYS[1], 0, -1), ' ')", "1", "klikoo:due"));
            output.Should().NotContain("   at ", "no stack trace for a key that cannot be read");
            CountOf(output, planted[0]).Should().Be(1, "the planted string is named once, by one replica");
        }
    }

    // Hashes that look like transactions with one or more fields missing or replaced by a value the emulator cannot
    // read, and keys of other types; the key names of those planted.
    private async Task<List<string>> PlantGarbageAsync(Random random)
    {
        var keys = new List<string>();
        for (var i = 0; i < Garbage; i++)
        {
            var key = $"klikoo:tx:{Stranger.Length}:{Stranger}:garbage-{i}";
            keys.Add(key);
            switch (i % 10)
            {
                case 0:
                    await Replicas.Redis.CommandAsync("RPUSH", key, "a", "b");
                    continue;
                case 1:
                    await Replicas.Redis.CommandAsync("SADD", key, "a");
                    continue;
            }

            var fields = Fields(i);
            var broken = fields.Keys.ElementAt(random.Next(fields.Count));
            if (random.Next(3) == 0)
            {
                fields.Remove(broken);
            }
            else
            {
                fields[broken] = BadValues[random.Next(BadValues.Length)];
            }

            await Replicas.Redis.CommandAsync(["HSET", key, .. fields.SelectMany(f => new[] { f.Key, f.Value })]);
        }

        return keys;
    }

    // A pending transaction of the stranger, due long ago, as the create script stores one.
    private static Dictionary<string, string> Fields(int i)
    {
        var due = new DateTimeOffset(2024, 11, 29, 0, 0, 0, TimeSpan.Zero).UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        return new()
        {
            ["client"] = Stranger, ["ref"] = $"garbage-{i}", ["seq"] = "1", ["product"] = "OVO10", ["family"] = "Ovo", ["denomination"] = "",
            ["openFee"] = "", ["dest"] = "081234569990", ["amount"] = "", ["price"] = "10100", ["trxid"] = "x", ["sn"] = "", ["result"] = "S",
            ["reason"] = "", ["rule"] = "", ["created"] = due, ["resolveAt"] = due, ["openapi"] = "0", ["room"] = "0", ["status"] = "0",
        };
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
