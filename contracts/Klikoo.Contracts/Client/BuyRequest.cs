namespace Klikoo.Contracts.Client;

/// <summary>
/// A Buy request (docs/klikoo-interface.md#endpoints). Sending the same request again, same <paramref name="RefId"/>, is how a partner
/// checks the status of a transaction; it never buys twice.
/// </summary>
/// <param name="ProductCode">Klikoo product code.</param>
/// <param name="RefId">The partner's transaction id: one transaction per ref_id.</param>
/// <param name="To">The destination.</param>
/// <param name="Amount">The amount; required by open denominations.</param>
public sealed record BuyRequest(string ProductCode, string RefId, string To, long? Amount = null);
