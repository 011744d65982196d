using System.Text;
using Bogus;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>
/// One generated way a callback receiver can answer: interim 1xx replies, any final status, headers small or past
/// the limit, a body framed by length, chunks or the connection's close, of any size around the reply body cap, and
/// a stall, reset or early close anywhere. It knows what the emulator must record for it.
/// </summary>
internal sealed record ReceiverBehaviour(
    int[] Interim,
    int Status,
    string? Garbage,
    int HeaderPadding,
    ReceiverBehaviour.Framing BodyFraming,
    int BodyBytes,
    ReceiverBehaviour.Break BreakKind,
    int BreakAt,
    int DelayMs)
{
    /// <summary>The emulator reads at most this much of a reply body (docs/limits.md#callbacks).</summary>
    public const int BodyCap = 64 * 1024;

    // Headers are either far below or far above the 64 KB response header limit, never near it.
    private const int SmallHeaders = 8 * 1024;
    private const int LargeHeaders = 128 * 1024;

    private static readonly int[] Statuses =
    [
        200, 200, 200, 201, 202, 203, 204, 206, 226, 299, 300, 301, 302, 303, 304, 305, 307, 308, 399,
        400, 401, 403, 404, 405, 408, 410, 418, 429, 451, 499, 500, 501, 502, 503, 504, 599, 600, 999,
    ];

    private static readonly int[] Interims = [100, 102, 103];

    private static readonly string[] Garbages = ["HTTP/1.1 2OO OK\r\n\r\n", "FOO\r\n\r\n", "HTTP/1.1 20 OK\r\n\r\n", "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "\0\0\0\0\r\n\r\n"];

    public enum Framing
    {
        Length,
        Chunked,
        Close,
    }

    public enum Break
    {
        None,
        StallBeforeStatus,
        ResetBeforeStatus,
        CloseBeforeStatus,
        StallInHeaders,
        ResetInHeaders,
        StallInBody,
        ResetInBody,
        CloseInBody,
    }

    /// <summary>The final status the emulator must record, or null when it never gets a whole, valid head.</summary>
    public int? ExpectedStatus =>
        Garbage is null && HeaderPadding < SmallHeaders && BreakKind is not (Break.StallBeforeStatus or Break.ResetBeforeStatus or Break.CloseBeforeStatus or Break.StallInHeaders or Break.ResetInHeaders)
            ? Status
            : null;

    /// <summary>
    /// A reset right after the head may discard the head before the emulator reads it: then either is right.
    /// </summary>
    public bool StatusMayBeLost => BreakKind == Break.ResetInBody;

    /// <summary>Delivered: a 2xx whose body ended, or reached the cap, before the deadline.</summary>
    public bool ExpectedDelivered =>
        ExpectedStatus is >= 200 and <= 299 && BreakKind switch
        {
            Break.None => true,
            Break.StallInBody => BreakAt >= BodyCap || (BodyFraming == Framing.Length && BreakAt >= BodyBytes),
            Break.CloseInBody => BreakAt >= BodyCap,
            _ => false,
        };

    private bool HasNoBody => Status is 204 or 304;

    public static ReceiverBehaviour Generate(Randomizer random)
    {
        var status = random.ArrayElement(Statuses);
        var framing = status is 204 or 304 ? Framing.Length : random.Enum<Framing>();
        var body = status is 204 or 304 ? 0 : random.Int(0, 9) switch
        {
            0 => 0,
            1 => BodyCap,
            2 => BodyCap - 1,
            3 => BodyCap + 1,
            4 => random.Int(BodyCap, 4 * BodyCap),
            _ => random.Int(1, 4096),
        };
        var breakKind = random.Int(0, 3) == 0 ? random.Enum<Break>() : Break.None;
        var breakAt = 0;
        switch (breakKind)
        {
            case Break.StallInBody:
                // A close-framed body can stall with everything sent: the end never comes.
                if (body == 0 && framing != Framing.Close)
                {
                    breakKind = Break.StallInHeaders;
                }
                else
                {
                    breakAt = random.Bool(0.2f) ? Math.Min(BodyCap, body) : random.Int(0, framing == Framing.Close ? body : body - 1);
                }

                break;
            case Break.ResetInBody:
                // A reset discards what the emulator has not read yet, so reset only before the cap and before the end.
                if (Math.Min(BodyCap, body) == 0)
                {
                    breakKind = Break.ResetInHeaders;
                }
                else
                {
                    breakAt = random.Int(0, Math.Min(BodyCap, body) - 1);
                }

                break;
            case Break.CloseInBody:
                if (framing == Framing.Close || body == 0)
                {
                    breakKind = Break.CloseBeforeStatus;
                }
                else
                {
                    breakAt = random.Int(0, body - 1);
                }

                break;
        }

        return new ReceiverBehaviour(
            Interim: random.Int(0, 5) == 0 ? [.. Enumerable.Range(0, random.Int(1, 3)).Select(_ => random.ArrayElement(Interims))] : [],
            Status: status,
            Garbage: random.Int(0, 30) == 0 ? random.ArrayElement(Garbages) : null,
            HeaderPadding: random.Int(0, 20) == 0 ? random.Int(LargeHeaders, 2 * LargeHeaders) : random.Int(0, SmallHeaders / 2),
            BodyFraming: framing,
            BodyBytes: body,
            BreakKind: breakKind,
            BreakAt: breakAt,
            DelayMs: random.Int(0, 4) == 0 ? random.Int(1, 30) : 0);
    }

    public async Task PlayAsync(RawReceiver.RawExchange exchange, CancellationToken token)
    {
        if (DelayMs > 0)
        {
            await Task.Delay(DelayMs, token);
        }

        switch (BreakKind)
        {
            case Break.StallBeforeStatus:
                await exchange.HoldAsync(token);
                return;
            case Break.ResetBeforeStatus:
                exchange.Reset();
                return;
            case Break.CloseBeforeStatus:
                return;
        }

        foreach (var interim in Interim)
        {
            await exchange.SendAsync($"HTTP/1.1 {interim} Interim\r\n\r\n", token);
        }

        if (Garbage is not null)
        {
            await exchange.SendAsync(Garbage, token);
            await exchange.HoldAsync(token);
            return;
        }

        var head = Head();
        if (BreakKind is Break.StallInHeaders or Break.ResetInHeaders)
        {
            await exchange.SendAsync(head[..(head.Length / 2)], token);
            await BreakAsync(exchange, token);
            return;
        }

        await exchange.SendAsync(head, token);
        await SendBodyAsync(exchange, token);
    }

    public override string ToString() =>
        $"{string.Join(",", Interim)}{(Interim.Length > 0 ? " then " : "")}{Garbage?.Trim() ?? Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}, " +
        $"headers +{HeaderPadding} B, {BodyFraming} body of {BodyBytes} B, {BreakKind} at {BreakAt}, delay {DelayMs} ms";

    private string Head()
    {
        var head = new StringBuilder($"HTTP/1.1 {Status} Reason\r\nConnection: close\r\n");
        for (var left = HeaderPadding; left > 0; left -= 4000)
        {
            head.Append("X-Padding: ").Append('p', Math.Min(left, 4000)).Append("\r\n");
        }

        head.Append(BodyFraming switch
        {
            Framing.Length => $"Content-Length: {BodyBytes}\r\n",
            Framing.Chunked => "Transfer-Encoding: chunked\r\n",
            _ => "",
        });
        return head.Append("\r\n").ToString();
    }

    private async Task SendBodyAsync(RawReceiver.RawExchange exchange, CancellationToken token)
    {
        var stopAt = BreakKind is Break.StallInBody or Break.ResetInBody or Break.CloseInBody ? BreakAt : BodyBytes;
        if (HasNoBody)
        {
            stopAt = 0;
        }

        var sent = 0;
        while (sent < stopAt)
        {
            var piece = Math.Min(stopAt - sent, 16 * 1024);
            if (BodyFraming == Framing.Chunked)
            {
                await exchange.SendAsync($"{piece:X}\r\n", token);
                await exchange.SendFillerAsync(piece, token);
                await exchange.SendAsync("\r\n", token);
            }
            else
            {
                await exchange.SendFillerAsync(piece, token);
            }

            sent += piece;
        }

        if (BreakKind is Break.StallInBody or Break.ResetInBody or Break.CloseInBody)
        {
            await BreakAsync(exchange, token);
        }
        else if (BodyFraming == Framing.Chunked && !HasNoBody)
        {
            await exchange.SendAsync("0\r\n\r\n", token);
        }
    }

    private async Task BreakAsync(RawReceiver.RawExchange exchange, CancellationToken token)
    {
        switch (BreakKind)
        {
            case Break.StallInHeaders or Break.StallInBody:
                await exchange.HoldAsync(token);
                break;
            case Break.ResetInHeaders or Break.ResetInBody:
                exchange.Reset();
                break;
            default:
                // Close: return, and the connection is closed with a FIN.
                break;
        }
    }
}
