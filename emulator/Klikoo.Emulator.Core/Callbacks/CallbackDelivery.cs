using System.Buffers;
using System.Globalization;
using Klikoo.Emulator.Clock;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Delivers one report: HTTP GET attempts (the Open API's JSON callback: POST), retried with exponential backoff (see <see cref="Retry"/>), each
/// recorded in the callback log (docs/klikoo-interface.md#decisions). One attempt has one hard deadline covering connect, headers and body; the
/// body is read up to <see cref="ReplyBodyLimit"/> and thrown away; redirects are not followed. So whatever a
/// receiver does, an attempt ends on time, holds a few kilobytes, and never throws (docs/limits.md#callbacks).
/// </summary>
internal sealed class CallbackDelivery(
    IHttpClientFactory httpClients,
    IOptions<CallbackOptions> options,
    CallbackLog log,
    EmulatorClock clock,
    ILogger<CallbackDelivery> logger)
{
    public const string ClientName = "Klikoo.Callbacks";

    /// <summary>How much of a reply body is read; a 2xx is delivered once its body ends or this much has arrived.</summary>
    public const int ReplyBodyLimit = 64 * 1024;

    /// <summary>The longest error text kept per attempt: a receiver's garbage ends up in it.</summary>
    private const int MaxErrorLength = 300;

    // Built here, without Polly's telemetry: the callback log records every attempt, and an undelivered report is
    // a warning (CallbackGaveUp), not the error Polly would log. Built on first use, so bad settings are reported by
    // the start-up validation, not by the constructor of a hosted service.
    private readonly Lazy<ResiliencePipeline<CallbackAttempt>> _retry = new(() => Retry(options.Value));

    /// <summary>Delivers <paramref name="job"/>, retrying as configured; every attempt lands in the callback log.</summary>
    public async Task DeliverAsync(CallbackJob job, CancellationToken stopping)
    {
        var number = 0;
        var last = await _retry.Value.ExecuteAsync(async token => await AttemptAsync(job, ++number, token), stopping);
        if (!last.Delivered)
        {
            CallbackMessages.CallbackGaveUp(logger, job.RefId, job.Destination, last.Error ?? "");
        }
    }

    /// <summary>One attempt, recorded. Never throws: every failure is the attempt's outcome.</summary>
    public async ValueTask<CallbackAttempt> AttemptAsync(CallbackJob job, int number, CancellationToken stopping)
    {
        var timeout = options.Value.AttemptTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        deadline.CancelAfter(timeout);
        int? status = null;
        string? error;
        try
        {
            using var http = httpClients.CreateClient(ClientName);
            using var request = job.JsonBody is null
                ? new HttpRequestMessage(HttpMethod.Get, job.Url)
                : new HttpRequestMessage(HttpMethod.Post, job.Url) { Content = new StringContent(job.JsonBody, System.Text.Encoding.UTF8, "application/json") };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                await ReadCappedAsync(response.Content, deadline.Token);
                error = null;
            }
            else
            {
                // A 3xx is the receiver's answer, not an instruction: following it would let a receiver make the
                // emulator fetch any URL.
                error = status is >= 300 and <= 399 ? $"HTTP {status}: redirects are not followed" : $"HTTP {status}";
            }
        }
#pragma warning disable CA1031 // Nothing a receiver does may end a sender: every failure is recorded as the attempt's outcome.
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            error = "not finished: the emulator stopped";
        }
        catch (Exception) when (deadline.IsCancellationRequested)
        {
            error = $"no complete reply within {Seconds(timeout)} (Klikoo:Callbacks:AttemptTimeout)";
        }
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = Describe(ex);
        }

        var attempt = new CallbackAttempt(
            clock.GetUtcNow(), job.ClientId, job.RefId, job.Url.ToString(), number, status, error, Delivered: error is null && status is >= 200 and <= 299);
        log.Add(attempt);
        return attempt;
    }

    // Any attempt short of delivery is retried, up to Attempts in all, waiting RetryDelay, then twice as long each time.
    private static ResiliencePipeline<CallbackAttempt> Retry(CallbackOptions options)
    {
        // Retries wait in real time even when the emulator's clock is frozen: a frozen clock must not stall delivery.
        var pipeline = new ResiliencePipelineBuilder<CallbackAttempt> { TimeProvider = WallClock.Instance };
        if (options.Attempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions<CallbackAttempt>
            {
                ShouldHandle = retry => ValueTask.FromResult(retry.Outcome.Result is { Delivered: false }),
                MaxRetryAttempts = options.Attempts - 1,
                Delay = options.RetryDelay,
                MaxDelay = CallbackOptionsValidator.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
            });
        }

        return pipeline.Build();
    }

    // Reads and discards up to ReplyBodyLimit bytes; a body that ends early in its framing throws.
    private static async Task ReadCappedAsync(HttpContent content, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8 * 1024);
        try
        {
            await using var body = await content.ReadAsStreamAsync(token);
            for (var total = 0; total < ReplyBodyLimit;)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, ReplyBodyLimit - total)), token);
                if (read == 0)
                {
                    return;
                }

                total += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    // The exception chain's messages, bounded and on one line: they may quote what the receiver sent.
    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message))
            {
                messages.Add(e.Message);
            }
        }

        var text = string.Join(": ", messages);
        text = string.Create(Math.Min(text.Length, MaxErrorLength), text, static (target, source) =>
        {
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return text;
    }
}
