using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Sits inside the retry pipeline, so it sees, and records, every attempt rather than only the last (SPEC B:
/// callback attempts are recorded in the journal).
/// </summary>
internal sealed class CallbackAttemptRecorder(CallbackLog log, EmulatorClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(CallbackJob.RequestKey, out var job))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var attempt = job.NextAttempt();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            log.Add(new CallbackAttempt(clock.GetUtcNow(), job.ClientId, job.RefId, job.Url.ToString(), attempt, (int)response.StatusCode,
                response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}", response.IsSuccessStatusCode));
            return response;
        }
        catch (Exception ex)
        {
            var error = ex is OperationCanceledException ? "no reply in time" : ex.Message;
            log.Add(new CallbackAttempt(clock.GetUtcNow(), job.ClientId, job.RefId, job.Url.ToString(), attempt, null, error, Delivered: false));
            throw;
        }
    }
}
