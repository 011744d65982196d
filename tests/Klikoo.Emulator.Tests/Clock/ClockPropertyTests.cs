using System.Globalization;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Klikoo.Emulator.Clock;

namespace Klikoo.Emulator.Tests.Clock;

/// <summary>
/// Properties of <c>/__admin/clock</c> over generated instants, advances and raw bodies: each call is either refused
/// (400 ProblemDetails, clock unchanged) or applied exactly, the clock never leaves the documented range, and every
/// public route still answers one Klikoo line afterwards. Seeded: a failure names its case and replays.
/// </summary>
public sealed class ClockPropertyTests
{
    private const int Cases = 1200;
    private static readonly DateTimeOffset Start = new(2024, 11, 12, 12, 32, 55, TimeSpan.FromHours(7));
    private static readonly double MaxSeconds = ClockOptions.MaxAdvance.TotalSeconds;

    [TestCase(1UL)]
    [TestCase(20241112UL)]
    public async Task SetClock_GeneratedInstants_RefusedAndUnchangedOrAppliedExactly(ulong seed)
    {
        await using var factory = new EmulatorFactory(Start);
        using var client = factory.CreateClient();
        var failures = new List<string>();
        var before = await ClockAdminTests.ClockAsync(client);
        var i = 0;
        var applied = 0;

        foreach (var instant in Generated.Cases(Instants(), seed, Cases))
        {
            var text = instant.ToString("O", CultureInfo.InvariantCulture);
            var applies = instant >= ClockOptions.Earliest && instant <= ClockOptions.Latest;
            applied += applies ? 1 : 0;
            using var response = await client.PutAsync("/__admin/clock", ClockAdminTests.Json($$"""{"now":"{{text}}"}"""));
            var after = await ClockAdminTests.ClockAsync(client);

            await CheckAsync(client, failures, $"#{i} PUT {text}", response, applies, before, after, applies ? instant : before, $"s{i++}");
            before = after;
        }

        failures.Should().BeEmpty();
        applied.Should().BeInRange(Cases / 10, Cases - (Cases / 10), "the cases must exercise both refusal and change");
    }

    [TestCase(1UL)]
    [TestCase(7UL)]
    public async Task AdvanceClock_GeneratedSeconds_RefusedAndUnchangedOrAppliedExactly(ulong seed)
    {
        // Frozen by configuration: the clock moves only when told, so "applied exactly" is exact to the tick.
        await using var factory = new EmulatorFactory(Start, new Dictionary<string, string?> { ["Klikoo:Clock:Fixed"] = Start.ToString("O", CultureInfo.InvariantCulture) });
        using var client = factory.CreateClient();
        var failures = new List<string>();
        var before = await ClockAdminTests.ClockAsync(client);
        var i = 0;
        var applied = 0;

        foreach (var seconds in Generated.Cases(Seconds(), seed, Cases))
        {
            var text = seconds.ToString("R", CultureInfo.InvariantCulture);
            var target = double.IsFinite(seconds) && Math.Abs(seconds) <= MaxSeconds ? before + TimeSpan.FromSeconds(seconds) : (DateTimeOffset?)null;
            var applies = target >= ClockOptions.Earliest && target <= ClockOptions.Latest;
            applied += applies ? 1 : 0;
            using var response = await client.PostAsync("/__admin/clock/advance", ClockAdminTests.Json($$"""{"seconds":{{text}}}"""));
            var after = await ClockAdminTests.ClockAsync(client);

            await CheckAsync(client, failures, $"#{i} advance {text} from {before:O}", response, applies, before, after, applies ? target!.Value : before, $"a{i++}");
            before = after;
        }

        failures.Should().BeEmpty();
        applied.Should().BeInRange(Cases / 10, Cases - (Cases / 10), "the cases must exercise both refusal and change");
    }

    [TestCase(3UL)]
    public async Task Clock_GeneratedRawBodies_RefusedAndUnchangedOrAppliedWithinTheRange(ulong seed)
    {
        await using var factory = new EmulatorFactory(Start);
        using var client = factory.CreateClient();
        var failures = new List<string>();
        var before = await ClockAdminTests.ClockAsync(client);
        var i = 0;
        var applied = 0;

        foreach (var (path, body) in Generated.Cases(RawBodies(), seed, Cases))
        {
            using var response = await client.SendAsync(new HttpRequestMessage(path == "advance" ? HttpMethod.Post : HttpMethod.Put, path == "advance" ? "/__admin/clock/advance" : "/__admin/clock")
            {
                Content = ClockAdminTests.Json(body),
            });
            var after = await ClockAdminTests.ClockAsync(client);
            var what = $"#{i} {path} {(body.Length > 120 ? body[..120] + "..." : body)}";
            var status = response.StatusCode;
            applied += status == HttpStatusCode.OK ? 1 : 0;

            if (status == HttpStatusCode.OK ? after < ClockOptions.Earliest || after > ClockOptions.Latest : status != HttpStatusCode.BadRequest || after != before)
            {
                failures.Add($"{what}: HTTP {(int)status}, clock {before:O} -> {after:O}");
            }
            else if (status == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{what}: a 400 without ProblemDetails");
            }

            await ServeAsync(client, failures, what, $"g{i++}");
            before = after;
        }

        failures.Should().BeEmpty();
        applied.Should().BeInRange(Cases / 10, Cases - (Cases / 10), "the cases must exercise both refusal and change");
    }

    private static async Task CheckAsync(
        HttpClient client, List<string> failures, string what, HttpResponseMessage response, bool applies, DateTimeOffset before, DateTimeOffset after, DateTimeOffset expected, string refId)
    {
        var status = response.StatusCode;
        if (status != (applies ? HttpStatusCode.OK : HttpStatusCode.BadRequest) || after != expected)
        {
            failures.Add($"{what}: HTTP {(int)status}, clock {before:O} -> {after:O}, expected {(applies ? "200" : "400")} and {expected:O}");
        }
        else if (!applies && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{what}: a 400 without ProblemDetails");
        }

        await ServeAsync(client, failures, what, refId);
    }

    private static async Task ServeAsync(HttpClient client, List<string> failures, string what, string refId)
    {
        foreach (var path in new[] { $"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}", $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", refId)}" })
        {
            using var reply = await client.GetAsync(path);
            var text = await reply.Content.ReadAsStringAsync();
            if (reply.StatusCode != HttpStatusCode.OK || !text.StartsWith("R#", StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal))
            {
                failures.Add($"{what}: then {path[..12]} answered HTTP {(int)reply.StatusCode} {text[..Math.Min(80, text.Length)]}");
            }
        }
    }

    private static Gen<DateTimeOffset> Instants()
    {
        var offsets = Gen.Frequency(
            (3, Gen.Elements(TimeSpan.Zero, TimeSpan.FromHours(7), TimeSpan.FromHours(14), TimeSpan.FromHours(-14), new TimeSpan(5, 45, 0), new TimeSpan(-9, -30, 0), TimeSpan.FromMinutes(1))),
            (1, Gen.Choose(-840, 840).Select(m => TimeSpan.FromMinutes(m))));
        var anyTicks = Gen.Choose(0, int.MaxValue).Select(n => (long)(n / (double)int.MaxValue * DateTimeOffset.MaxValue.UtcTicks));
        var inRange = Gen.Choose(0, int.MaxValue).Select(n => ClockOptions.Earliest.UtcTicks + (long)(n / (double)int.MaxValue * (ClockOptions.Latest.UtcTicks - ClockOptions.Earliest.UtcTicks)));
        var nearEdges = Gen.Zip(Gen.Elements(ClockOptions.Earliest.UtcTicks, ClockOptions.Latest.UtcTicks), Gen.Choose(-100_000, 100_000))
            .Select(p => p.Item1 + (p.Item2 * (p.Item2 % 3 == 0 ? TimeSpan.TicksPerHour : 1L)));
        var ticks = Gen.Frequency((3, anyTicks), (4, inRange), (3, nearEdges), (1, Gen.Elements(0L, 1L, DateTimeOffset.MaxValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks - 1)));
        return Gen.Zip(ticks, offsets).Select(p => At(p.Item1, p.Item2));
    }

    // The instant at utcTicks, written with the offset where that is representable, else in UTC.
    private static DateTimeOffset At(long utcTicks, TimeSpan offset)
    {
        var utc = new DateTimeOffset(Math.Clamp(utcTicks, 0, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);
        var local = utc.UtcTicks + offset.Ticks;
        return local >= DateTimeOffset.MinValue.UtcTicks && local <= DateTimeOffset.MaxValue.UtcTicks ? utc.ToOffset(offset) : utc;
    }

    private static Gen<double> Seconds() =>
        Gen.Frequency(
            (3, ArbMap.Default.GeneratorFor<double>()),
            (3, Gen.Choose(-3600 * 24 * 400, 3600 * 24 * 400).Select(s => (double)s)),
            (2, Gen.Choose(int.MinValue, int.MaxValue).Select(s => s / 3.0)),
            (2, Gen.Zip(Gen.Elements(MaxSeconds, -MaxSeconds), Gen.Choose(-2, 2)).Select(p => p.Item1 + p.Item2)),
            (1, Gen.Elements(
                double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300, double.MaxValue, double.MinValue, double.Epsilon,
                -double.Epsilon, 1e-300, 1e-7, 5e-8, -0.0, 0.0, 9.2233720368547758E+18, 922337203685.4775807)));

    private static Gen<(string Path, string Body)> RawBodies()
    {
        var valid = Gen.Elements(
            ("set", """{"now":"2024-11-12T12:32:55.821005+07:00"}"""),
            ("set", """{"now":"2100-12-31T23:59:59.9999999Z"}"""),
            ("set", """{"now":"9999-12-31T23:59:59.9999999+14:00"}"""),
            ("advance", """{"seconds":30}"""),
            ("advance", """{"seconds":1e300}"""),
            ("advance", """{"seconds":"NaN"}"""));
        var literals = Gen.Elements(
            ("set", "{}"), ("set", "null"), ("set", "[]"), ("set", """{"now":null}"""), ("set", """{"now":123}"""), ("set", """{"now":"2024-13-45T99:99:99Z"}"""),
            ("set", """{"now":"0000-00-00T00:00:00Z"}"""), ("set", """{"now":"+275760-09-13T00:00:00Z"}"""), ("set", """{"now":"2024-11-12T12:32:55+99:00"}"""),
            ("set", """{"now":"2024-11-12T12:32:55.821005+07:00","now":"9999-12-31T23:00:00Z"}"""), ("set", """{"now":{"now":{"now":[]}}}"""),
            ("set", $$"""{"now":"{{new string('9', 10_000)}}"}"""), ("set", new string('[', 5_000)), ("set", """{"now":"2024-11-12T12:32:55.821005+07:00"} trailing"""),
            ("advance", """{"seconds":NaN}"""), ("advance", """{"seconds":Infinity}"""), ("advance", """{"seconds":"Infinity"}"""), ("advance", """{"seconds":-Infinity}"""),
            ("advance", """{"seconds":1e309}"""), ("advance", """{"seconds":-1e309}"""), ("advance", """{"seconds":"1e300"}"""), ("advance", """{"seconds":0x10}"""),
            ("advance", """{"seconds":+5}"""), ("advance", """{"seconds":.5}"""), ("advance", """{"seconds":5.}"""), ("advance", """{"seconds":1_000}"""),
            ("advance", $$"""{"seconds":{{new string('9', 400)}}}"""), ("advance", """{"seconds":4.9e-324}"""), ("advance", """{"seconds":"-0"}"""),
            ("advance", """{"seconds":true}"""), ("advance", """{"seconds":[30]}"""), ("advance", """{"seconds":30,"seconds":1e300}"""), ("advance", ""));
        var truncated = Gen.Zip(valid, Gen.Choose(0, 60)).Select(p => (p.Item1.Item1, p.Item1.Item2[..Math.Min(p.Item2, p.Item1.Item2.Length)]));
        var garbage = Gen.Zip(valid, Gen.Zip(Gen.Choose(0, 60), Gen.Elements("\"", "}", "{", ",", "\\", "\0", "\u2028", "e", "-", "9", " ", "\ud800", "NaN", ":"))).Select(p =>
        {
            var (path, body) = p.Item1;
            var at = Math.Min(p.Item2.Item1, body.Length);
            return (path, body[..at] + p.Item2.Item2 + body[at..]);
        });
        return Gen.Frequency((2, literals), (2, truncated), (3, garbage), (1, valid));
    }
}
