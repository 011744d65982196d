using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Scenarios;

/// <summary>The JSON of <c>/__admin/overrides</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScenarioEndpoints.OverrideRequest))]
[JsonSerializable(typeof(OutcomeOverride))]
[JsonSerializable(typeof(IReadOnlyList<OutcomeOverride>))]
[JsonSerializable(typeof(List<OutcomeOverride>))]
[JsonSerializable(typeof(OutcomeOverride[]))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
