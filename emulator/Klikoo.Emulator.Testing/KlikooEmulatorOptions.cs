namespace Klikoo.Emulator.Testing;

/// <summary>How <see cref="KlikooEmulator.StartAsync"/> starts the emulator.</summary>
public sealed class KlikooEmulatorOptions
{
    /// <summary>
    /// A fixtures folder; <see langword="null"/> serves the fixtures shipped with the emulator. A relative path is
    /// resolved against the test output folder (<see cref="AppContext.BaseDirectory"/>), where
    /// <c>&lt;None Include="my-fixtures/**" CopyToOutputDirectory="PreserveNewest" /&gt;</c> copies it.
    /// </summary>
    public string? Fixtures { get; init; }

    /// <summary>Freezes the clock at this instant, so every reply is reproducible byte for byte.</summary>
    public DateTimeOffset? FrozenClock { get; init; }

    /// <summary>Seeds generated customers and SNs; the default is the emulator's (1).</summary>
    public int? Seed { get; init; }

    /// <summary>The loopback port; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Any other setting, e.g. <c>["Klikoo:Callbacks:RetryDelay"] = "00:00:00.010"</c>.</summary>
    public IDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
