using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The JSON of <c>/__admin/fixtures</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(FixturesReport))]
[JsonSerializable(typeof(FixtureReload))]
[JsonSerializable(typeof(FixtureEndpoints.ReloadRunning))]
internal sealed partial class FixtureJsonContext : JsonSerializerContext;
