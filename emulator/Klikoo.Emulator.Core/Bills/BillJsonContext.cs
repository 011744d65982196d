using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Bills;

/// <summary>A quote as Redis keeps it (<see cref="RedisBillQuotes"/>), generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BillQuote))]
internal sealed partial class BillJsonContext : JsonSerializerContext;
