namespace Klikoo.Emulator.Hosting;

/// <summary>The <c>Klikoo</c> configuration section (docs/klikoo-interface.md#operating-contract).</summary>
public sealed class KlikooOptions
{
    public const string Section = "Klikoo";

    /// <summary>
    /// The fixtures folder. When empty, the emulator uses the nearest <c>fixtures/</c> folder above the working
    /// directory (the repository's, under <c>dotnet run</c>), else the copy shipped beside the binary.
    /// </summary>
    public string? Fixtures { get; set; }

    /// <summary>Seeds every generated value (fake customers, SNs), so the same request gives the same line everywhere.</summary>
    public int Seed { get; set; } = 1;
}
