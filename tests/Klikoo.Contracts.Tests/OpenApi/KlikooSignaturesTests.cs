using System.Security.Cryptography;
using System.Text;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>Golden tests: the test vectors of docs/open-api.md#worked-example, computed with openssl, reproduce exactly.</summary>
public sealed class KlikooSignaturesTests
{
    private static readonly string Tabbed = "{\n\t\t\"bank_code\": \"000\",\n\t\t\"account_number\": true\n}";

    [Test]
    public void SignRequest_AccountInquiryHashedWithSortedKeys_ReproducesVector1()
    {
        var sorted = KlikooPayload.MinifySortedKeys(Encoding.UTF8.GetBytes(Tabbed))!;

        using (new AssertionScope())
        {
            Encoding.UTF8.GetString(sorted).Should().Be("""{"account_number":true,"bank_code":"000"}""");
            KlikooSignatures.HashPayload(sorted).Should().Be(OpenApiSamples.AccountInquiryHash).And.StartWith("7791c19c8a1031a23713d71ef8d5a76c62beef20a5ed3b9c6731d108ac70a", "the page prints this prefix");
            KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "POST", "/v1/open-api/account/inquiry", OpenApiSamples.Token, sorted, OpenApiSamples.Timestamp)
                .Should().Be(OpenApiSamples.AccountInquirySignature);
        }
    }

    [Test]
    public void HashPayload_AccountInquiryInSourceOrder_IsNotTheDocumentedHash()
    {
        var minified = KlikooPayload.Minify(Encoding.UTF8.GetBytes(Tabbed))!;

        Encoding.UTF8.GetString(minified).Should().Be("""{"bank_code":"000","account_number":true}""");
        KlikooSignatures.HashPayload(minified).Should().StartWith("0999af5d");
    }

    [Test]
    public void SignRequest_GetBalanceEmptyBody_ReproducesVector2()
    {
        using (new AssertionScope())
        {
            KlikooSignatures.HashPayload("").Should().Be(KlikooSignatures.EmptyPayloadHash);
            KlikooSignatures.StringToSign("GET", "/v1/open-api/balance", OpenApiSamples.Token, KlikooSignatures.EmptyPayloadHash, OpenApiSamples.Timestamp)
                .Should().Be($"GET:/v1/open-api/balance:{OpenApiSamples.Token}:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:2022-03-21T10:11:40+07:00");
            KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "GET", "/v1/open-api/balance", OpenApiSamples.Token, [], OpenApiSamples.Timestamp)
                .Should().Be(OpenApiSamples.BalanceSignature);
        }
    }

    [Test]
    public void SignRequest_BuySampleInDocumentedOrderAndSorted_ReproducesVectors3And4()
    {
        var body = Encoding.UTF8.GetBytes(OpenApiSamples.BuyBody);

        using (new AssertionScope())
        {
            KlikooSignatures.HashPayload(body).Should().Be(OpenApiSamples.BuyHash);
            KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "POST", "/v1/open-api/products/buy", OpenApiSamples.Token, body, OpenApiSamples.Timestamp)
                .Should().Be(OpenApiSamples.BuySignature);
            Encoding.UTF8.GetString(KlikooPayload.MinifySortedKeys(body)!).Should().Be(OpenApiSamples.BuyBodySorted);
            KlikooSignatures.HashPayload(OpenApiSamples.BuyBodySorted).Should().Be(OpenApiSamples.BuySortedHash);
            KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "POST", "/v1/open-api/products/buy", OpenApiSamples.Token, Encoding.UTF8.GetBytes(OpenApiSamples.BuyBodySorted), OpenApiSamples.Timestamp)
                .Should().Be(OpenApiSamples.BuySortedSignature);
        }
    }

    [Test]
    public void Hashes_BuySample_ListsRawMinifiedAndSortedForms()
    {
        var hashes = KlikooPayload.Hashes(Encoding.UTF8.GetBytes(OpenApiSamples.BuyBody));

        hashes.Should().Equal(
            new PayloadHash(PayloadForm.Raw, OpenApiSamples.BuyHash),
            new PayloadHash(PayloadForm.Minified, OpenApiSamples.BuyHash),
            new PayloadHash(PayloadForm.SortedKeys, OpenApiSamples.BuySortedHash));
    }

    [TestCase("/klikoo-b2b/v1/open-api/balance", "/v1/open-api/balance")]
    [TestCase("/v1/open-api/balance", "/v1/open-api/balance")]
    [TestCase("/klikoo-b2b", "/klikoo-b2b")]
    [TestCase("/klikoo-b2bx/v1/open-api/balance", "/klikoo-b2bx/v1/open-api/balance")]
    [TestCase("/klikoo-b2b/v1/open-api/transactions?page=1", "/v1/open-api/transactions?page=1")]
    public void SigningPath_WithOrWithoutPrefix_SignsThePathWithout(string path, string expected) =>
        KlikooSignatures.SigningPath(path).Should().Be(expected);

    [Test]
    public void SignRequest_PrefixedPathAndLowerCaseMethod_SameAsDocumentedForm() =>
        KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "get", "/klikoo-b2b/v1/open-api/balance", OpenApiSamples.Token, [], OpenApiSamples.Timestamp)
            .Should().Be(OpenApiSamples.BalanceSignature);

    [Test]
    public void CreateAuthSignature_TestKey_ReproducesTheOpensslSignature()
    {
        using var key = KlikooRsaKeys.ImportPrivateKey(OpenApiSamples.PrivateKeyPem);

        KlikooSignatures.CreateAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, key).Should().Be(OpenApiSamples.AuthSignature);
        KlikooSignatures.CreateAuthSignature("c17229eb-3d2b-4576-8f5d-c2e716da764b", "2024-11-29T10:59:32.000+07:00", key).Should().Be(OpenApiSamples.SampleAccountAuthSignature);
    }

    [Test]
    public void VerifyAuthSignature_RegisteredPublicKey_AcceptsOnlyTheSignedText()
    {
        using var key = KlikooRsaKeys.ImportPublicKey(KlikooRsaKeys.ToRegisteredValue(OpenApiSamples.PublicKeyPem));

        using (new AssertionScope())
        {
            KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, OpenApiSamples.AuthSignature, key).Should().BeTrue();
            KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId, "2022-03-21T10:11:40.000+07:00", OpenApiSamples.AuthSignature, key).Should().BeFalse();
            KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId.ToUpperInvariant(), OpenApiSamples.Timestamp, OpenApiSamples.AuthSignature, key).Should().BeFalse();
            KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, "not base64!", key).Should().BeFalse();
            KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, "awEsV5A5cwq+L9vYkcCxy9HJRjtLlmep9p7s10ik1TdDMNzMz4QKjKDyZziJdbc7X4uHHOmPfz0jWOkUgkVluA==", key)
                .Should().BeFalse("the access-token page's example is a 64-byte HMAC, not an RSA signature");
        }
    }

    [Test]
    public void VerifyAuthSignature_AnotherKeyPair_Refused()
    {
        using var other = RSA.Create(2048);
        var signature = KlikooSignatures.CreateAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, other);
        using var registered = KlikooRsaKeys.ImportPublicKey(OpenApiSamples.PublicKeyPem);

        KlikooSignatures.VerifyAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, signature, registered).Should().BeFalse();
    }

    [TestCase(true, "2022-03-21T10:11:40.000+07:00")]
    [TestCase(false, "2022-03-21T10:11:40+07:00")]
    public void FormatTimestamp_AnyOffset_WesternIndonesianTime(bool milliseconds, string expected) =>
        KlikooSignatures.FormatTimestamp(new DateTimeOffset(2022, 3, 21, 3, 11, 40, TimeSpan.Zero), milliseconds).Should().Be(expected);

    [Test]
    public void Code_ComposedFromStatusServiceAndCase_NineDigits()
    {
        using (new AssertionScope())
        {
            OpenApiStatus.Created.Code(OpenApiService.Transaction).Should().Be("201022001");
            OpenApiStatus.Success.Code(OpenApiService.Auth).Should().Be("200012000");
            OpenApiStatus.ReferenceUsed.Code(OpenApiService.Transaction).Should().Be("409026563");
            OpenApiStatus.ReferenceUsed.Message.Should().Be("ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain");
            OpenApiStatus.TokenExpired.Code(OpenApiService.Auth).Should().Be("401016535");
        }
    }
}
