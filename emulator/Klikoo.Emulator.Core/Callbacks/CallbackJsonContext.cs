using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Callbacks;

/// <summary>The JSON of <c>/__admin/callbacks</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<CallbackAttempt>))]
[JsonSerializable(typeof(RedisCallbackOutbox.StoredJob))]
internal sealed partial class CallbackJsonContext : JsonSerializerContext;
