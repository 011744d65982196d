using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Admin;

/// <summary>The JSON of the admin routes that belong to no feature (see <see cref="AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
