using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>The parameters of an inquiry or buy as sent (docs/klikoo-interface.md#endpoints), before any validation.</summary>
public sealed record IrsRequest(
    string? ClientId,
    string? ClientSecret,
    string? Idrs,
    string? Pin,
    string? ProductCode,
    string? RefId,
    string? To,
    string? Amount,
    string? SellingPrice)
{
    /// <summary>A problem with the request as a whole (a repeated parameter, an unreadable form body); checked first.</summary>
    public string? Problem { get; init; }

    /// <summary>Its order fields, for the order core's checks (<see cref="OrderValidator"/>).</summary>
    internal OrderRequest Order => new(ProductCode, To, RefId, Amount, SellingPrice);
}
