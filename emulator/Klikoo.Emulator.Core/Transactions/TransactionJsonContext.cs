using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Transactions;

/// <summary>The JSON of <c>/__admin/transactions</c>, generated at build time (see <see cref="Admin.AdminServices.AddAdminJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<TransactionSnapshot>))]
[JsonSerializable(typeof(TransactionSnapshot))]
[JsonSerializable(typeof(TransactionEndpoints.ResolveRequest))]
internal sealed partial class TransactionJsonContext : JsonSerializerContext;
