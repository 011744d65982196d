using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NUnit.Framework;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// A real redis-server (Debian's package, or the one on PATH or in KLIKOO_REDIS_SERVER) on a free loopback port, in a
/// directory of its own that disposing deletes. A machine without a redis-server that starts skips the tests that
/// need one and says why (<see cref="Problem"/>), so the README's test command passes on a fresh machine; with
/// KLIKOO_REQUIRE_REDIS=1 (set by .ci/run, which installs redis-server) the run fails, once, in
/// <c>RedisRequirementTests</c>.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string PathVariable = "KLIKOO_REDIS_SERVER";
    public const string RequireVariable = "KLIKOO_REQUIRE_REDIS";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    // Tried once per test run: a broken install fails the same way every time, and each try may take StartTimeout.
    private static readonly Lazy<Task<string?>> Availability = new(() => Task.Run(() => ProblemWithAsync(ExecutablePath)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _executable;
    private readonly bool _appendOnly;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string executable, int port, string directory, bool appendOnly)
    {
        _executable = executable;
        Port = port;
        Directory = directory;
        _appendOnly = appendOnly;
    }

    public static string ExecutablePath => ExecutableSearch.Find(PathVariable, "redis-server", "/usr/bin/redis-server");

    /// <summary>KLIKOO_REQUIRE_REDIS=1: a redis-server that does not start fails the run instead of skipping tests.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>Why this machine's redis-server cannot serve the tests (not installed, or it does not start); null when it can.</summary>
    /// <remarks>The first call starts and stops a server to find out; later calls answer at once.</remarks>
    public static string? Problem => Availability.Value.GetAwaiter().GetResult();

    public int Port { get; }

    /// <summary>Where the server keeps its files (the append-only file among them).</summary>
    public string Directory { get; }

    /// <summary>A StackExchange.Redis configuration string, as <c>Klikoo:State:Redis</c> takes it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>What the server wrote to its console (its log), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Ignores the calling test, saying why, when this machine's redis-server cannot serve it. Under
    /// KLIKOO_REQUIRE_REDIS=1 too: that requirement fails the run once, in <c>RedisRequirementTests</c>, not in every test.
    /// </summary>
    public static void RequireOrIgnore()
    {
        if (Problem is { } problem)
        {
            Assert.Ignore(problem);
        }
    }

    /// <summary>
    /// Why <paramref name="executable"/> cannot serve the tests, or null when a server it starts answers PING (and
    /// is stopped again). One line, naming the program and the fix.
    /// </summary>
    public static async Task<string?> ProblemWithAsync(string executable)
    {
        if (!File.Exists(executable))
        {
            return $"redis-server is not installed (looked for {executable} and on PATH): apt-get install redis-server, or set {PathVariable} to one";
        }

        try
        {
            await using var server = await StartAsync(executable, appendOnly: false);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            var said = ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return $"the redis-server at {executable} does not start ({string.Join(" ", said.Take(2))}): install a working one, or set {PathVariable} to one";
        }
    }

    /// <summary>
    /// Starts a server and waits until it answers PING. With <paramref name="appendOnly"/>, every write is in its
    /// append-only file before it is acknowledged (appendfsync always), so even a SIGKILL loses nothing.
    /// </summary>
    public static Task<RedisServer> StartAsync(bool appendOnly = false)
    {
        RequireOrIgnore();
        return StartAsync(ExecutablePath, appendOnly);
    }

    private static async Task<RedisServer> StartAsync(string executable, bool appendOnly)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("klikoo-redis-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            // The port is free when picked but may be taken before redis-server binds it: pick another and try again.
            var server = new RedisServer(executable, FreePort(), directory, appendOnly);
            try
            {
                await server.LaunchAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.KillAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Kills the server with SIGKILL, as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill(); // SIGKILL on Unix
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Kills the server if it runs, then starts it again on the same port in the same directory.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        await LaunchAsync();
    }

    /// <summary>Sends one command over RESP and returns the reply as text (<c>null</c> for a nil reply); a Redis error throws.</summary>
    public async Task<string?> CommandAsync(params string[] command)
    {
        using var client = new TcpClient();
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await client.ConnectAsync(IPAddress.Loopback, Port, budget.Token);
        var stream = client.GetStream();
        var request = new StringBuilder().Append('*').Append(command.Length).Append("\r\n");
        foreach (var part in command)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), budget.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = await reader.ReadLineAsync(budget.Token);
        if (string.IsNullOrEmpty(header))
        {
            throw new IOException("redis-server closed the connection without a reply.");
        }

        return header[0] switch
        {
            '+' or ':' => header[1..],
            '-' => throw new InvalidOperationException($"redis-server answered {command[0]} with an error: {header[1..]}"),
            '$' when header == "$-1" => null,
            '$' => await ReadBulkAsync(reader, int.Parse(header[1..], System.Globalization.CultureInfo.InvariantCulture), budget.Token),
            _ => throw new IOException($"Unexpected reply to {command[0]}: {header}"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }

    private async Task LaunchAsync()
    {
        var info = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        string[] arguments =
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", Directory, "--daemonize", "no", "--save", "", "--logfile", "",
            "--appendonly", _appendOnly ? "yes" : "no", "--appendfsync", "always",

            // DEBUG SLEEP, for tests of a server that stops answering for a while (loopback callers only).
            "--enable-debug-command", "local",
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {_executable}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode}:{Environment.NewLine}{Output}");
            }

            if (await AnswersPingAsync())
            {
                return;
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"redis-server did not answer PING on port {Port} within {StartTimeout}:{Environment.NewLine}{Output}");
            }

            await Task.Delay(20);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            // While loading its append-only file a server answers -LOADING: not ready yet.
            return await CommandAsync("PING") == "PONG";
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<string> ReadBulkAsync(StreamReader reader, int length, CancellationToken cancellationToken)
    {
        var buffer = new char[length + 2]; // the value and its CRLF
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (count == 0)
            {
                throw new IOException("redis-server closed the connection in the middle of a reply.");
            }

            read += count;
        }

        return new string(buffer, 0, length);
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
