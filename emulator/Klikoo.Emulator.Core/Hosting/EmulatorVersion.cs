using System.Reflection;

namespace Klikoo.Emulator.Hosting;

/// <summary>The emulator's version as people read it: the package version, without the build's commit suffix.</summary>
internal static class EmulatorVersion
{
    public static string Text { get; } =
        typeof(EmulatorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev";
}
