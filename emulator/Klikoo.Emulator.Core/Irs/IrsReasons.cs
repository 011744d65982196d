using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// The REASON texts of rejected requests. Klikoo's own wording where it has one (docs/klikoo-interface.md#transaction-reports),
/// otherwise the same style; the validation order is docs/klikoo-interface.md#decisions's.
/// </summary>
internal static class IrsReasons
{
    public const string Credentials = "Kredensial tidak sesuai";
    public const string ProductNotFound = "Produk tidak ditemukan";
    public const string AmountNotNumber = "Amount must be in numbers only";
    public const string AmountTooLarge = "Amount out of range";
    public const string SellingPriceNotNumber = "Selling price must be in numbers only";
    public const string WrongDestination = "No pelanggan salah, pastikan nomor yang diinput sesuai";
    public const string RefIdInvalid = "Validasi Error: ref_id must be 1 to 64 letters, digits, '-' or '_'";
    public const string UnreadableForm = "Validasi Error: form body could not be read";
    public const string ContactAdmin = "Harap hubungi admin";

    /// <summary>The REASON for an order the core's checks refused (<see cref="OrderValidator"/>).</summary>
    public static string For(Diagnosis refusal) => refusal.Cause switch
    {
        RejectionCause.UnknownProduct or RejectionCause.PostpaidProduct => ProductNotFound,
        RejectionCause.AmountMissing or RejectionCause.AmountNotDigits => AmountNotNumber,
        RejectionCause.AmountTooLong => AmountTooLarge,
        RejectionCause.AmountBelowMinimum or RejectionCause.AmountAboveMaximum => AmountRange(refusal.Product!.Open!.MinAmount, refusal.Product.Open.MaxAmount),
        RejectionCause.SellingPriceNotDigits => SellingPriceNotNumber,
        RejectionCause.WrongDestination => WrongDestination,
        RejectionCause.RefIdInvalid => RefIdInvalid,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Cause, "not a refusal of the order checks"),
    };

    public static string FieldEmpty(string field) => $"Field tidak boleh kosong: {field}";

    public static string Repeated(string field) => $"Validasi Error: parameter {field} sent more than once";

    public static string AmountRange(long min, long max) => $"Amount must be between {min} and {max}";

    public static string MethodNotAllowed(string method) => $"Validasi Error: method {EchoText.Of(method, 10)} not supported, use GET or POST";

    /// <summary>A reason of the emulator's own (<c>Validasi Error: ...</c>) without its prefix, for the journal's diagnosis.</summary>
    public static string WithoutPrefix(string reason)
    {
        const string prefix = "Validasi Error: ";
        return reason == UnreadableForm ? "form body could not be read (over 1 MiB, or malformed)"
            : reason.StartsWith(prefix, StringComparison.Ordinal) ? reason[prefix.Length..]
            : reason;
    }
}
