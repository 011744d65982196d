using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>
/// Values printed in Klikoo's Open API documentation (docs/open-api.md#worked-example) and the test-vector inputs
/// built from them, plus the repository's test-only RSA key pair.
/// </summary>
internal static class OpenApiSamples
{
    // The access-token page's example credentials.
    public const string ClientId = "3f9c8962-4c4b-4bb6-b3c1-8fc883519c02";
    public const string ClientSecret = "9ec999e21a3be41064c52bb3f37554a2";

    // The digital-signature page's example token and timestamp.
    public const string Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjbGllbnRfaWQiOiIzZjljODk2Mi00YzRiLTRiYjYtYjNjMS04ZmM4ODM1MTljMDIiLCJleHAiOjE3MDEzNDAxOTYsInRpbWVzdGFtcCI6IjIwMjItMDMtMjFUMTA6MTE6NDArMDc6MDAiLCJ1c2VyX2lkIjoiZGUyMGYwNTItYmRiYy00NzAzLWFhOWQtMWVjYWM3MDBmNTQ2In0.D8xCuNfqLNnW6w7ip_0qNpHsdhAiFno6_4b99cxNCHA";
    public const string Timestamp = "2022-03-21T10:11:40+07:00";
    public static readonly DateTimeOffset At = new(2022, 3, 21, 10, 11, 40, TimeSpan.FromHours(7));

    // The buy page's sample body, compacted in the documented order (its // comment removed).
    public const string BuyBody = """{"amount":"1","msidn":"08996647676","product_code":"DNOPEN","selling_price":"2","value":"089966476766","partner_reference_id":"d654219-d9b7-4e1a-8b51-99a5cafb11cb"}""";
    public const string BuyBodySorted = """{"amount":"1","msidn":"08996647676","partner_reference_id":"d654219-d9b7-4e1a-8b51-99a5cafb11cb","product_code":"DNOPEN","selling_price":"2","value":"089966476766"}""";

    // The test vectors, computed from the values above with openssl (HMAC-SHA512, SHA-256), independently of this code.
    public const string AccountInquiryHash = "7791c19c8a1031a23713d71ef8d5a76c62beef20a5ed3b9c6731d108ac70af6e";
    public const string AccountInquirySignature = "dmuBOeD1N91afqm5+2rHd1JgEEGcs+QcewH9KLvmQ5aFFjoybV31LniR/xLsR+IuQCRXzvofJ5YYkOwUXGkATQ==";
    public const string BalanceSignature = "7dRdoOu47RviMrYtF1k64pqw+/N7Rbpz+gvIXrVqcASx2HjRRQgHWQqxve8DUxFHHwn65y1Tta7tVEQNTPgogA==";
    public const string BuyHash = "89a078831dd436c6a822fee071dfc253de9f80222071c871dcc22d6898609dfe";
    public const string BuySignature = "G0b4wER/CJSyaFYaFaAc4O2RCqsKI1mzPsXcbA2kL1ebRl2IMYwmXLF6xzq58qdqshA9v7duBgorsDGGHxNbfw==";
    public const string BuySortedHash = "f3b21945adc7e3f6696e5d14e2f4deef672c7ebbcd81a914d85ea82e17bbf911";
    public const string BuySortedSignature = "X0j29g5xaDOidDrgpCwKY+5oZwYW8BPTsfZ4btOIiaD4i9W/csOBaHxVPI5ldyJHarxEkM3RR/4dpPgR5OyIVw==";

    // SHA256withRSA by the test key over "3f9c8962-...|2022-03-21T10:11:40+07:00", made with
    // printf '%s' '<client_id>|<timestamp>' | openssl dgst -sha256 -sign sample-client.TEST-ONLY.private.pem | base64 -w0
    public const string AuthSignature = "TiI470incryUswphbMbP3eWbARhKecxZU8gmXYv38RsFDVZnRlVu9BUItAsEn+7hmD7mEQ4dt48tri57DOpvtE5x2h0rVebr2zlC5BmqEJ+PhdomWxU1WTjZXFopp2d4IWAbKROPjV9p7m+Oio8m7PeztlIE3HbkKUKvKwVsyru2Y87xKIZkMITPpwL/TOUygyP8/AhwuRHIYZI/fFxLE7y46oiIYZNfhFOzOLPyDi7wyn8AXJ9yxIEzmCoWtVHtyRbyxAwhJaJejhtLXidgGSrxoOgpqYsOm19er9A+uFd9oAiTuoVvUd+diYzKD+rGric2nMStzbnHtiFm0E+YUg==";

    // The same by the test key for the emulator's sample account at 2024-11-29T10:59:32.000+07:00.
    public const string SampleAccountAuthSignature = "P6vrpfBqLUEJdgt7HI1W36VrrbUSKdPGJhLE3hYBizK4/UX0zNrQRfSkXcbtqcZqNdIYHZ2WWg/p8ufidZBVlNDPbNg8hxPeIptW2+CQ/K/9C6E1+C5zsLyb5/hTDT0NFlztJh+pKHx3mvhWmdH9wqsJWAWjfKjGo3uoLRmI+pIgRQ/tbstZ98VUPulFjWrCsFQT2P3Lt4HJYtjaoZg4XzxgtiK+GfhDk0xR43dsvB3iYGcc4bFu3UdLiBTRXT41+jYROZpFJXxMe1I0d89tu9cy/9AYNKuMauUr+vg5U2uoYzrhGn3ke7yjwad9hlHwiGMMaiCx+mH5op4oyncZ2g==";

    public static string PrivateKeyPem => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "keys", "sample-client.TEST-ONLY.private.pem"));

    public static string PublicKeyPem => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "keys", "sample-client.public.pem"));
}
