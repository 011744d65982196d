using System.Text.Json;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>The runtime settings the built emulator starts with (its runtimeconfig.json), as <c>dotnet Klikoo.Emulator.dll</c> reads them.</summary>
public sealed class EmulatorRuntimeConfigTests
{
    [Test]
    public void RuntimeConfig_GarbageCollector_IsWorkstation()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Klikoo.Emulator.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // The Web SDK turns server GC on unless the project sets ServerGarbageCollection (a misspelt property is ignored).
        properties.TryGetProperty("System.GC.Server", out var server).Should().BeTrue(config.RootElement.ToString());
        server.GetBoolean().Should().BeFalse(config.RootElement.ToString());
    }
}
