using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Orders;

/// <summary>
/// The order checks both interfaces make, in the docs/klikoo-interface.md#decisions order after their own (fields
/// present, credentials or token): product, amount, amount range, selling price, destination shape, then the
/// reference's own shape. The first failure wins; its <see cref="Diagnosis"/> names the interface's field.
/// </summary>
internal static class OrderValidator
{
    private const int MaxRefIdLength = 64;
    private const int MaxAmountDigits = 15;

    public static bool TryValidate(
        ClientAccount account, OrderRequest request, FixtureCatalog catalog, [NotNullWhen(true)] out Order? order, out Diagnosis refusal, bool postpaidPayment = false)
    {
        order = null;
        refusal = default;
        if (!catalog.TryGetProduct(request.ProductCode, out var product))
        {
            refusal = new(RejectionCause.UnknownProduct);
            return false;
        }

        // Only the Open API's buy pays a bill; every other route is a prepaid one (docs/open-api.md#postpaid-bills).
        if (product.Family.Postpaid is not null && !postpaidPayment)
        {
            refusal = new(RejectionCause.PostpaidProduct, product);
            return false;
        }

        var amountCause = CheckAmount(request.Amount, product, out var amount);
        if (amountCause != RejectionCause.None)
        {
            refusal = new(amountCause, product);
            return false;
        }

        if (!IsSellingPrice(request.SellingPrice))
        {
            refusal = new(RejectionCause.SellingPriceNotDigits);
            return false;
        }

        if (!product.Destination.Matches(request.Destination))
        {
            refusal = new(RejectionCause.WrongDestination, product);
            return false;
        }

        if (!IsReference(request.Reference))
        {
            refusal = new(RejectionCause.RefIdInvalid);
            return false;
        }

        order = new Order(account, product, request.Destination!, request.Reference!, amount);
        return true;
    }

    private static RejectionCause CheckAmount(string? text, Product product, out long? amount)
    {
        amount = null;
        if (string.IsNullOrEmpty(text))
        {
            // docs/klikoo-interface.md#transaction-reports: an open denomination without amount is "Amount must be in numbers only".
            return product.Open is null ? RejectionCause.None : RejectionCause.AmountMissing;
        }

        // Only ASCII digits: no sign, no decimal point, no thousands separators, no other scripts' digits.
        if (text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return RejectionCause.AmountNotDigits;
        }

        if (text.Length > MaxAmountDigits)
        {
            return product.Open is null ? RejectionCause.AmountTooLong : RejectionCause.AmountAboveMaximum;
        }

        amount = long.Parse(text, CultureInfo.InvariantCulture);
        return product.Open is not { } open || open.Allows(amount.Value) ? RejectionCause.None
            : amount < open.MinAmount ? RejectionCause.AmountBelowMinimum
            : RejectionCause.AmountAboveMaximum;
    }

    private static bool IsSellingPrice(string? text) =>
        string.IsNullOrEmpty(text) || (text.Length <= MaxAmountDigits && !text.AsSpan().ContainsAnyExceptInRange('0', '9'));

    private static bool IsReference(ReadOnlySpan<char> reference)
    {
        if (reference.Length is 0 or > MaxRefIdLength)
        {
            return false;
        }

        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
