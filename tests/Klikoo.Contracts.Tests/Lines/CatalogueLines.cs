namespace Klikoo.Contracts.Tests.Lines;

/// <summary>
/// One line of each new shape the catalogue brings (docs/klikoo-interface.md#destinations-serial-numbers-and-names),
/// written out by hand: game ids with their zone in brackets or after a space, SNs with slashes, spaces and dots,
/// inquiries without a name, names with punctuation.
/// </summary>
internal static class CatalogueLines
{
    public const string GameIdWithSpaceSuccess = "R#77 MLBB86. 123456789 1234 SUCCESS. SN: MLBB/86 Diamonds/123456789(1234). TRXID: 10000001. SISA SALDO: 100.000.000 - 24.750 = 99.975.250 @10:59:32.076824 29/11/2024&refid=77";
    public const string GameIdWithBracketsSuccess = "R#78 MLBB172. 123456789(1234) SUCCESS. SN: MLBB/172 Diamonds/123456789(1234). TRXID: 10000002. SISA SALDO: 99.975.250 - 48.900 = 99.926.350 @10:59:32.076824 29/11/2024&refid=78";
    public const string GameIdWithSpaceInProgress = "R#79 MLBB86. 123456789 1234 INPROGRESS. TRXID: 10000003. @10:59:32.076824 29/11/2024";
    public const string GameIdWithSpaceFailed = "R#80 MLBB86. 123456789 1234 FAILED. REASON: ID tidak ditemukan. Periksa Zone ID. TRXID: 10000004. SISA SALDO: 99.926.350 - 0 = 99.926.350 @10:59:32.076824 29/11/2024&refid=80";
    public const string FreeFireSuccess = "R#81 FF70. 1234567890 SUCCESS. SN: FF/70 Diamonds/1234567890. TRXID: 10000005. SISA SALDO: 99.926.350 - 9.800 = 99.916.550 @10:59:32.076824 29/11/2024&refid=81";
    public const string PulsaSuccess = "R#82 TSEL10. 081234567890 SUCCESS. SN: R240220.1525.210045. TRXID: 10000006. SISA SALDO: 99.916.550 - 10.550 = 99.906.000 @10:59:32.076824 29/11/2024&refid=82";
    public const string DataSuccess = "R#83 XLD10GB. 081934567890 SUCCESS. SN: XL/DATA 10GB/30 HARI/000123456789. TRXID: 10000007. SISA SALDO: 99.906.000 - 52.000 = 99.854.000 @10:59:32.076824 29/11/2024&refid=83";
    public const string GameInquiryWithoutName = "R#MLBB86. PRICE: 24750. CUSTNUM: 123456789 1234. @10:59:32.076824 29/11/2024";
    public const string PulsaInquiryWithoutName = "R#TSEL10. PRICE: 10550. CUSTNUM: 081234567890. @10:59:32.076824 29/11/2024";
    public const string GameInquiryFailure = "R#. CUSTNUM: 123456789(1234). REASON: ID tidak ditemukan. Periksa Zone ID. @10:59:32.076824 29/11/2024";
    public const string ShopeePayInquiryWithPunctuation = "R#SHOPEE25. PRICE: 25600. CUSTNUM: 081234567890. CUSTNAME: O'Brien, S.Kom.. @10:59:32.076824 29/11/2024";
    public const string PlnInquiryWithTitle = "R#PLN20. PRICE: 20546. CUSTNUM: 521234567890. CUSTNAME: IR. PUTU ADI, S.T.. POWERCAPACITY: R1M/900VA. @10:59:32.076824 29/11/2024";
    public const string PlnSuccessWithTitle = "R#84 PLN20. 521234567890 SUCCESS. SN: 2514-1798-8056-2280-2824/IR. PUTU ADI, S.T./R1M/900VA/13.4. TRXID: 10000008. SISA SALDO: 99.854.000 - 20.546 = 99.833.454 @10:59:32.076824 29/11/2024&refid=84";

    public static IEnumerable<string> All =>
    [
        GameIdWithSpaceSuccess, GameIdWithBracketsSuccess, GameIdWithSpaceInProgress, GameIdWithSpaceFailed, FreeFireSuccess,
        PulsaSuccess, DataSuccess, GameInquiryWithoutName, PulsaInquiryWithoutName, GameInquiryFailure,
        ShopeePayInquiryWithPunctuation, PlnInquiryWithTitle, PlnSuccessWithTitle,
    ];
}
