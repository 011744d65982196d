using System.Reflection;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests;

/// <summary>What the package promises about itself to the apps that take it.</summary>
public sealed class ContractsAssemblyTests
{
    // IsAotCompatible marks the assembly trimmable, so a partner's trimmed or Native AOT app keeps analysing it
    // instead of warning that the whole assembly may break; the same property runs the trim and AOT analyzers on
    // every build of the contract, which turn any reflection the codec or client might grow into a build error.
    [Test]
    public void Assembly_IsAotCompatible_IsMarkedTrimmable()
    {
        var metadata = typeof(RLine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();

        metadata.Should().ContainSingle(m => m.Key == "IsTrimmable").Which.Value.Should().Be("True");
    }
}
