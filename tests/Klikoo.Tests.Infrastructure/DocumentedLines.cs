namespace Klikoo.Tests.Infrastructure;

/// <summary>Every wire line of Klikoo's documentation (docs/klikoo-interface.md#inquiry-replies and #transaction-reports), copied character for character.</summary>
public static class DocumentedLines
{
    public const string InquiryPln = "R#PLN20. PRICE: 20546. CUSTNUM: 01105691111. CUSTNAME: BAHARRUDIN1. POWERCAPACITY: R1/2200VA. @12:32:55.821005 12/11/2024";
    public const string InquiryFailure = "R#. CUSTNUM: 01105601111. REASON: CUSTID not recognized. Biller throws exception. Err:5110. @12:32:08.889517 12/11/2024";
    public const string InquiryOvo = "R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @10:59:32.076824 29/11/2024";
    public const string InquiryGopay = "R#GOPAY10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @11:00:44.538861 29/11/2024";
    public const string InquiryDana = "R#DN1. PRICE: 1178. CUSTNUM: 0817345544. CUSTNAME: DNID nX. @10:54:14.776182 29/11/2024";
    public const string InquiryDanaOpen = "R#DNOPEN. PRICE: 20080. CUSTNUM: 0817345544. CUSTNAME: DNID nX. @14:49:21.883899 29/11/2024";
    public const string InquiryMaxim = "R#MAX5000. PRICE: 7205. CUSTNUM: 0817345544. @11:04:32.895636 29/11/2024";

    public const string BuySuccessMaxim = "R#359912451 MXD17. 48429495 SUCCESS. SN: 4779928. TRXID: 5a8ae07d-c01c-48c1-b38a-20a1f7ea0200. SISA SALDO: 97.411.793 - 18.800 = 97.392.993 @15:25:39.484331 20/02/2024&refid=359912451";

    // Klikoo's own sample: its arithmetic does not add up (31.515.657 - 0 is not 31.473.857).
    public const string BuyFailedMaxim = "R#204900199 MXD40. 151443938 FAILED. REASON: FR_NOT_SELECTED. TRXID: 3f613573-893a-418d-90ce-2b84778e1454. SISA SALDO: 31.515.657 - 0 = 31.473.857 @18:21:31.327611 16/02/2024&refid=204900199";
    public const string BuyInProgressDanaOpen = "R#00f7ade1-68df-4d58-a7c9-297ec86e6632 DNOPEN. 081111111111 INPROGRESS. TRXID: 14430673. @15:42:50.308103 23/10/2024";
    public const string BuyRejectedDanaOpen = "R#00f7ade1-68df-4d58-a7c9-297ec86e6632 DNOPEN FAILED. REASON: Amount must be in numbers only. TRXID: -. @15:45:02.875417 23/10/2024";
    public const string BuySuccessPln = "R#13574661 PLN50. 14444941364 SUCCESS. SN: 2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7. TRXID: 20356853. SISA SALDO: 13.608.663 - 50.102 = 13.558.561 @09:46:23.848418 16/12/2024&refid=13574661";

    public static IEnumerable<string> All =>
    [
        InquiryPln, InquiryFailure, InquiryOvo, InquiryGopay, InquiryDana, InquiryDanaOpen, InquiryMaxim,
        BuySuccessMaxim, BuyFailedMaxim, BuyInProgressDanaOpen, BuyRejectedDanaOpen, BuySuccessPln,
    ];

    /// <summary>A WIB wall-clock time, as the samples write it.</summary>
    public static DateTimeOffset Wib(int year, int month, int day, int hour, int minute, int second, int microsecond) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(7)).AddTicks(microsecond * 10L);
}
