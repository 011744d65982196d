using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Clock;

/// <summary>The JSON of <c>/__admin/clock</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClockEndpoints.ClockState))]
[JsonSerializable(typeof(ClockEndpoints.SetClockRequest))]
[JsonSerializable(typeof(ClockEndpoints.AdvanceClockRequest))]
internal sealed partial class ClockJsonContext : JsonSerializerContext;
