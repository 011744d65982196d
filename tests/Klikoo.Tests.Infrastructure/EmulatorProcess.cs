using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// The built emulator as a separate process on a free loopback port, for tests that must see what a real
/// client sees (Kestrel, sockets, start-up). Disposing stops it.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private EmulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The operating system's process, e.g. to read its working set.</summary>
    public Process Process => _process;

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

    /// <summary>Starts the emulator with <paramref name="arguments"/> (e.g. <c>--Klikoo:Clock:Fixed=...</c>) and waits until it answers.</summary>
    public static async Task<EmulatorProcess> StartAsync(IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,

            // No diagnostics pipes: a process a test kills could not remove them, and they would be left in the temp folder.
            Environment = { ["DOTNET_EnableDiagnostics"] = "0" },
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Klikoo.Emulator.dll"));
        info.ArgumentList.Add($"--urls={baseAddress}");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator process.");
        var emulator = new EmulatorProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => emulator.Append(e.Data);
        process.ErrorDataReceived += (_, e) => emulator.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await emulator.WaitUntilListeningAsync(timeout ?? TimeSpan.FromSeconds(30));
        return emulator;
    }

    /// <summary>
    /// Runs the emulator with exactly <paramref name="arguments"/> (no <c>--urls</c> added) until it exits by itself,
    /// as a start-up failure does; its exit code and what it wrote to each stream. A <paramref name="launcher"/>
    /// (e.g. <c>setpriv</c> to drop root) runs <c>dotnet</c> in turn.
    /// </summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunUntilExitAsync(
        IEnumerable<string> arguments, IReadOnlyList<string>? launcher = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(launcher is [var command, ..] ? command : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,

            // No diagnostics pipes: a process a test kills could not remove them, and they would be left in the temp folder.
            Environment = { ["DOTNET_EnableDiagnostics"] = "0" },
        };
        foreach (var part in launcher?.Skip(1).Append("dotnet") ?? [])
        {
            info.ArgumentList.Add(part);
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Klikoo.Emulator.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator process.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        using var budget = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The emulator was still running after {limit}:{Environment.NewLine}{await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Waits until the emulator has written <paramref name="text"/>: its console logger writes on a background
    /// queue, so a line logged before the first reply may still be on its way.
    /// </summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                // WaitForExitAsync also waits until the redirected output is read to its end, so Output is complete.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The emulator exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                // The health endpoint, not a public route: a readiness probe must not show up in the journal.
                using var response = await http.GetAsync("/__admin/health");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the probe's timeout (a loaded CI machine).
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"The emulator did not answer within {timeout}:{Environment.NewLine}{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
