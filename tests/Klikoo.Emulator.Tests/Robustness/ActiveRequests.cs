using System.Diagnostics.Metrics;

namespace Klikoo.Emulator.Tests.Robustness;

/// <summary>
/// How many requests ASP.NET Core is serving in this process right now, from its own
/// <c>http.server.active_requests</c> metric: a test can wait for requests to be inside the server, not sleep.
/// </summary>
internal sealed class ActiveRequests : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public ActiveRequests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Meter.Name: "Microsoft.AspNetCore.Hosting", Name: "http.server.active_requests" })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, change, _, _) => Interlocked.Add(ref _count, change));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
