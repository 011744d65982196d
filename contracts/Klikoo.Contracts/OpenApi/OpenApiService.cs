namespace Klikoo.Contracts.OpenApi;

/// <summary>The two service digits in the middle of an Open API response code (Klikoo's "Service Code List").</summary>
public enum OpenApiService
{
    /// <summary>00.</summary>
    Unknown = 0,

    /// <summary>01: tokens and signatures.</summary>
    Auth = 1,

    /// <summary>02: inquiry, buy, transaction detail and history.</summary>
    Transaction = 2,

    /// <summary>03: balance.</summary>
    Account = 3,

    /// <summary>04: the price list.</summary>
    Product = 4,
}
