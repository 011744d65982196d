using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>The JSON of <c>/__admin/parser-check</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ParserCheckRequest))]
[JsonSerializable(typeof(ParserCheckReport))]
internal sealed partial class ParserCheckJsonContext : JsonSerializerContext;
