using System.Security.Cryptography;
using System.Text;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

public sealed class KlikooRsaKeysTests
{
    [Test]
    public void ImportPublicKey_PemAndRegisteredBase64_SameKey()
    {
        using var pem = KlikooRsaKeys.ImportPublicKey(OpenApiSamples.PublicKeyPem);
        using var registered = KlikooRsaKeys.ImportPublicKey(KlikooRsaKeys.ToRegisteredValue(OpenApiSamples.PublicKeyPem));

        registered.ExportSubjectPublicKeyInfo().Should().Equal(pem.ExportSubjectPublicKeyInfo());
    }

    [Test]
    public void ImportPrivateKey_HelperBase64_SignsLikeThePem()
    {
        using var key = KlikooRsaKeys.ImportPrivateKey(KlikooRsaKeys.ToHelperValue(OpenApiSamples.PrivateKeyPem));

        KlikooSignatures.CreateAuthSignature(OpenApiSamples.ClientId, OpenApiSamples.Timestamp, key).Should().Be(OpenApiSamples.AuthSignature);
    }

    [Test]
    public void TryImportPublicKey_Pkcs1PublicKey_RefusedNamingPkcs8()
    {
        using var rsa = RSA.Create(2048);
        var pkcs1 = rsa.ExportRSAPublicKeyPem();

        KlikooRsaKeys.TryImportPublicKey(pkcs1, out _, out var problem).Should().BeFalse();
        problem.Should().Contain("BEGIN PUBLIC KEY").And.NotContain(pkcs1.Split('\n')[1]);
    }

    [TestCase("")]
    [TestCase("not a key")]
    [TestCase("LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KZ2FyYmFnZQotLS0tLUVORCBQVUJMSUMgS0VZLS0tLS0K")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    [TestCase("/w==")]
    public void TryImportPublicKey_Garbage_RefusedWithAReason(string text)
    {
        KlikooRsaKeys.TryImportPublicKey(text, out var rsa, out var problem).Should().BeFalse();
        rsa.Should().BeNull();
        problem.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void TryImportPublicKey_PrivateKeyGivenAsPublic_Refused()
    {
        KlikooRsaKeys.TryImportPublicKey(OpenApiSamples.PrivateKeyPem, out _, out var problem).Should().BeFalse();
        problem.Should().Contain("BEGIN PUBLIC KEY");
    }

    [Test]
    public void ToRegisteredValue_IsBase64OfThePemText() =>
        Encoding.UTF8.GetString(Convert.FromBase64String(KlikooRsaKeys.ToRegisteredValue(OpenApiSamples.PublicKeyPem))).Should().Be(OpenApiSamples.PublicKeyPem);
}
