using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>
/// A callback receiver on a loopback socket that answers byte by byte as a test says: it can stall, trickle, stream
/// an endless body from one reused buffer (nothing allocated), reset the connection, or send malformed HTTP, which
/// WireMock.Net cannot. Each connection serves one request and is then closed.
/// </summary>
internal sealed class RawReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<RawExchange, CancellationToken, Task> _respond;
    private readonly ConcurrentQueue<string> _targets = new();
    private readonly ConcurrentDictionary<Task, byte> _serving = new();
    private readonly Task _accepting;
    private long _bytesSent;

    public RawReceiver(Func<RawExchange, CancellationToken, Task> respond)
    {
        _respond = respond;
        _listener.Start(backlog: 1024);
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    /// <summary>The receiver's base address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Url { get; }

    /// <summary>The request targets (path and query) received so far.</summary>
    public IReadOnlyCollection<string> Targets => _targets;

    /// <summary>Bytes written to the emulator so far, over every connection.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Answers every request with <paramref name="reply"/> and closes the connection.</summary>
    public static RawReceiver Answering(string reply) => new((exchange, token) => exchange.SendAsync(reply, token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_serving.Keys);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var serving = ServeAsync(socket);
            _serving.TryAdd(serving, 0);
            _ = serving.ContinueWith(done => _serving.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await Task.Yield();
        using (socket)
        {
            try
            {
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                if (await ReadRequestTargetAsync(stream, _stop.Token) is { } target)
                {
                    _targets.Enqueue(target);
                    await _respond(new RawExchange(this, socket, stream, target), _stop.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The emulator gave up on the connection, or the test is over.
            }
        }
    }

    // The request line and headers of a GET; returns the target, or null when the peer closed first.
    private static async Task<string?> ReadRequestTargetAsync(NetworkStream stream, CancellationToken token)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && head.Length < 64 * 1024)
        {
            var read = await stream.ReadAsync(buffer, token);
            if (read == 0)
            {
                return null;
            }

            head.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        var requestLine = head.ToString()[..head.ToString().IndexOf("\r\n", StringComparison.Ordinal)].Split(' ');
        return requestLine.Length >= 2 ? requestLine[1] : "";
    }

    /// <summary>One request on one connection, and the means to answer it any way at all.</summary>
    internal sealed class RawExchange(RawReceiver receiver, Socket socket, NetworkStream stream, string target)
    {
        private static readonly byte[] Filler = new byte[64 * 1024];

        /// <summary>The request target, path and query, as sent.</summary>
        public string Target { get; } = target;

        /// <summary>The value of a query parameter, decoded; null when absent.</summary>
        public string? Query(string name)
        {
            var question = Target.IndexOf('?', StringComparison.Ordinal);
            if (question < 0)
            {
                return null;
            }

            foreach (var pair in Target[(question + 1)..].Split('&'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && Uri.UnescapeDataString(pair[..equals]) == name)
                {
                    return Uri.UnescapeDataString(pair[(equals + 1)..]);
                }
            }

            return null;
        }

        public Task SendAsync(string text, CancellationToken token) => SendAsync(Encoding.Latin1.GetBytes(text), token);

        public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken token)
        {
            await stream.WriteAsync(bytes, token);
            Interlocked.Add(ref receiver._bytesSent, bytes.Length);
        }

        /// <summary>Sends <paramref name="count"/> filler bytes from one reused buffer, as fast as the emulator reads them.</summary>
        public async Task SendFillerAsync(long count, CancellationToken token)
        {
            for (var left = count; left > 0; left -= Filler.Length)
            {
                await SendAsync(Filler.AsMemory(0, (int)Math.Min(left, Filler.Length)), token);
            }
        }

        /// <summary>Sends nothing more until the emulator closes the connection or the test ends.</summary>
        public async Task HoldAsync(CancellationToken token)
        {
            var buffer = new byte[256];
            while (await stream.ReadAsync(buffer, token) > 0)
            {
                // Whatever the emulator sends now is ignored.
            }
        }

        /// <summary>Ends the connection with a TCP reset instead of a close.</summary>
        public void Reset()
        {
            socket.LingerState = new LingerOption(enable: true, seconds: 0);
            socket.Close();
        }
    }
}
