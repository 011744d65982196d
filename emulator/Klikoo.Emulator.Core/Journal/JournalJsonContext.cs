using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Journal;

/// <summary>The JSON of <c>/__admin/journal</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<JournalEntry>))]
internal sealed partial class JournalJsonContext : JsonSerializerContext;
