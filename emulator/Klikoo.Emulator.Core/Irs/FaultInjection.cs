using Bogus;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Applies a scenario's test fault to a reply: delay it, drop the connection, garble the line or answer with a
/// 5xx. Test aids only (Klikoo always answers 200), so each is named in the <c>X-Klikoo-Emulator-Fault</c> header.
/// </summary>
internal static class FaultInjection
{
    public static TestFault? Find(FixtureCatalog catalog, IrsRequest? request, string operation)
    {
        if (!catalog.Scenarios.HasFaults || request is null || !IrsRequestValidator.TryValidate(request, catalog, out var valid, out _))
        {
            return null;
        }

        return catalog.Scenarios.MatchFault(valid, operation);
    }

    /// <summary>Delays, then writes the faulty reply (or none). Returns what was done, for the journal.</summary>
    public static async Task<string> ApplyAsync(HttpContext context, TestFault fault, RLine line, string? refId, int seed)
    {
        var done = new List<string>();
        if (fault.MaxDelay > TimeSpan.Zero)
        {
            // Seeded from the ref_id, so a random delay is the same on every run; real time, even under a frozen clock.
            var fraction = new Randomizer(StableSeed.For(seed, refId ?? "", "delay")).Double();
            var delay = fault.MinDelay + ((fault.MaxDelay - fault.MinDelay) * fraction);
            await Task.Delay(delay, WallClock.Instance, context.RequestAborted);
            done.Add($"delay={(long)delay.TotalMilliseconds}ms");
        }

        if (fault.Drop)
        {
            done.Add("drop");
            context.Abort();
            return string.Join(',', done);
        }

        var response = context.Response;
        if (fault.Status is { } status)
        {
            done.Add($"status={status}");
            response.Headers[TestFault.Header] = string.Join(',', done);
            response.StatusCode = status;
            response.ContentType = KlikooReply.ContentType;
            await response.WriteAsync($"Klikoo Emulator test fault: HTTP {status}", context.RequestAborted);
            return string.Join(',', done);
        }

        if (fault.Garble)
        {
            done.Add("garble");
            response.Headers[TestFault.Header] = string.Join(',', done);
            var text = line.Format();
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = KlikooReply.ContentType;

            // Cut before the timestamp and end in noise: no parser may take it for a Klikoo line.
            await response.WriteAsync(string.Concat(text.AsSpan(0, text.Length * 3 / 5), "#~\u00bf"), context.RequestAborted);
            return string.Join(',', done);
        }

        response.Headers[TestFault.Header] = string.Join(',', done);
        await KlikooReply.WriteAsync(response, line);
        return string.Join(',', done);
    }
}
