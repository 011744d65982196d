using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// Source-generated System.Text.Json metadata for every Open API wire type: no reflection, so trimming and Native AOT
/// keep working. Property names are snake_case as on the wire; declaration order is wire order.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    GenerationMode = JsonSourceGenerationMode.Default,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(AccessTokenRequest))]
[JsonSerializable(typeof(AuthSignatureRequest))]
[JsonSerializable(typeof(SignatureRequest))]
[JsonSerializable(typeof(ProductListRequest))]
[JsonSerializable(typeof(ProductInquiryRequest))]
[JsonSerializable(typeof(PostpaidInquiryRequest))]
[JsonSerializable(typeof(ProductBuyRequest))]
[JsonSerializable(typeof(PurchaseCallback))]
[JsonSerializable(typeof(OpenApiResponse<AccessTokenData>))]
[JsonSerializable(typeof(OpenApiResponse<SignatureData>))]
[JsonSerializable(typeof(OpenApiResponse<BalanceData>))]
[JsonSerializable(typeof(OpenApiResponse<InquiryData>))]
[JsonSerializable(typeof(OpenApiResponse<PostpaidBillData>))]
[JsonSerializable(typeof(OpenApiResponse<TransactionData>))]
[JsonSerializable(typeof(OpenApiResponse<JsonElement?>))]
[JsonSerializable(typeof(OpenApiPagedResponse<ProductData>))]
[JsonSerializable(typeof(OpenApiPagedResponse<TransactionHistoryItem>))]
public sealed partial class KlikooOpenApiJson : JsonSerializerContext;
