using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>
/// Properties of the body hash and the signature over thousands of generated bodies, whitespace and key orders
/// (<see cref="JsonTree"/> is the oracle) and generated paths, methods, tokens and timestamps. Seeded: a failing case
/// prints its seed and index and replays.
/// </summary>
public sealed class KlikooPayloadPropertyTests
{
    private const int Cases = 3000;
    private const string Secret = OpenApiSamples.ClientSecret;

    [TestCase(1)]
    [TestCase(20240207)]
    public void Minify_AnyWhitespace_GivesTheCompactTextInOrder(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var tree = JsonTree.Generate(random);
            var pretty = tree.Pretty(random, shuffle: false);

            var minified = KlikooPayload.Minify(Encoding.UTF8.GetBytes(pretty));

            Encoding.UTF8.GetString(minified!).Should().Be(tree.Compact(sorted: false), $"seed {seed} case {i}: {pretty}");
        }
    }

    [TestCase(2)]
    [TestCase(20241011)]
    public void MinifySortedKeys_AnyKeyOrderAndWhitespace_GivesOneText(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var tree = JsonTree.Generate(random);
            var shuffled = tree.Pretty(random, shuffle: true);

            var sorted = KlikooPayload.MinifySortedKeys(Encoding.UTF8.GetBytes(shuffled));

            Encoding.UTF8.GetString(sorted!).Should().Be(tree.Compact(sorted: true), $"seed {seed} case {i}: {shuffled}");
        }
    }

    [TestCase(3)]
    public void Hashes_AnyVariantOfOneBody_RawIsItsOwnSortedIsShared(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var tree = JsonTree.Generate(random);
            var variant = Encoding.UTF8.GetBytes(tree.Pretty(random, shuffle: true));
            var canonical = KlikooSignatures.HashPayload(tree.Compact(sorted: true));

            var hashes = KlikooPayload.Hashes(variant);

            hashes.Select(h => h.Form).Should().Equal([PayloadForm.Raw, PayloadForm.Minified, PayloadForm.SortedKeys], $"seed {seed} case {i}");
            hashes[0].Hash.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(variant)));
            hashes[2].Hash.Should().Be(canonical, $"seed {seed} case {i}");
        }
    }

    [TestCase(4)]
    public void SignRequest_SortedFormOfEveryVariant_OneSignature(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases / 3; i++)
        {
            var tree = JsonTree.Generate(random);
            var expected = KlikooSignatures.SignRequest(Secret, "POST", "/v1/open-api/products/buy", OpenApiSamples.Token, Encoding.UTF8.GetBytes(tree.Compact(sorted: true)), OpenApiSamples.Timestamp);
            for (var v = 0; v < 3; v++)
            {
                var sorted = KlikooPayload.MinifySortedKeys(Encoding.UTF8.GetBytes(tree.Pretty(random, shuffle: true)))!;
                KlikooSignatures.SignRequest(Secret, "post", "/klikoo-b2b/v1/open-api/products/buy", OpenApiSamples.Token, sorted, OpenApiSamples.Timestamp)
                    .Should().Be(expected, $"seed {seed} case {i} variant {v}");
            }
        }
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("{\"a\":1,}")]
    [TestCase("{\"a\":1} // comment")]
    [TestCase("{\"amount\": \"1\" //This is just an example\n}")]
    [TestCase("amount=1&msidn=0899")]
    [TestCase("\"unterminated")]
    public void Hashes_NotJson_OnlyTheRawForm(string body)
    {
        var hashes = KlikooPayload.Hashes(Encoding.UTF8.GetBytes(body));

        hashes.Should().ContainSingle().Which.Should().Be(new PayloadHash(PayloadForm.Raw, KlikooSignatures.HashPayload(body)));
    }

    [Test]
    public void Hashes_NestedPastTheDepthLimit_OnlyTheRawForm()
    {
        var deep = new string('[', 5000) + new string(']', 5000);

        KlikooPayload.Hashes(Encoding.UTF8.GetBytes(deep)).Should().ContainSingle();
    }

    [Test]
    public void MinifySortedKeys_DuplicateKeys_KeptInTheirOrder() =>
        Encoding.UTF8.GetString(KlikooPayload.MinifySortedKeys("{\"b\":1,\"a\":2,\"b\":3}"u8)!).Should().Be("{\"a\":2,\"b\":1,\"b\":3}");

    [TestCase(1234567UL)]
    public void DigitalSignature_AnyComponents_Base64Of64BytesAndPrefixFree(ulong seed)
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");
        var cases = Gen.Zip(Gen.Zip(text, text), Gen.Zip(text, text)).Sample(2000, new Rnd(seed), 60);
        var i = 0;
        foreach (var ((path, token), (timestamp, body)) in cases)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var plain = KlikooSignatures.SignRequest(Secret, "GET", "/v1/" + path, token, bytes, timestamp);
            var prefixed = KlikooSignatures.SignRequest(Secret, "get", "/klikoo-b2b/v1/" + path, token, bytes, timestamp);

            plain.Should().HaveLength(88, $"seed {seed} case {i}");
            Convert.FromBase64String(plain).Should().HaveCount(64);
            prefixed.Should().Be(plain, $"seed {seed} case {i++}");
        }
    }

    [TestCase(7654321UL)]
    public void DigitalSignature_OneComponentChanged_AnotherSignature(ulong seed)
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");
        var cases = Gen.Zip(Gen.Zip(text, text), Gen.Zip(ArbMap.Default.GeneratorFor<char>(), Gen.Choose(0, 4))).Sample(2000, new Rnd(seed), 60);
        var i = 0;
        foreach (var ((token, timestamp), (extra, index)) in cases)
        {
            string[] parts = ["POST", "/v1/open-api/products/buy", token, KlikooSignatures.EmptyPayloadHash, timestamp];
            var original = KlikooSignatures.CreateDigitalSignature(Secret, KlikooSignatures.StringToSign(parts[0], parts[1], parts[2], parts[3], parts[4]));
            parts[index] += index == 0 ? "X" : extra.ToString();

            var changed = KlikooSignatures.CreateDigitalSignature(Secret, KlikooSignatures.StringToSign(parts[0], parts[1], parts[2], parts[3], parts[4]));

            changed.Should().NotBe(original, $"seed {seed} case {i++}: part {index} changed");
        }
    }

    [Test]
    public void AuthSignature_GeneratedClientsAndTimestamps_VerifyOnlyTheirOwnText()
    {
        using var key = KlikooRsaKeys.ImportPrivateKey(OpenApiSamples.PrivateKeyPem);
        using var registered = KlikooRsaKeys.ImportPublicKey(KlikooRsaKeys.ToRegisteredValue(OpenApiSamples.PublicKeyPem));
        var cases = Gen.Zip(ArbMap.Default.GeneratorFor<Guid>(), Gen.Choose(0, 2_000_000_000)).Sample(300, new Rnd(7UL), 50);
        foreach (var (id, seconds) in cases)
        {
            var timestamp = KlikooSignatures.FormatTimestamp(DateTimeOffset.FromUnixTimeSeconds(seconds));
            var signature = KlikooSignatures.CreateAuthSignature(id.ToString(), timestamp, key);

            KlikooSignatures.VerifyAuthSignature(id.ToString(), timestamp, signature, registered).Should().BeTrue();
            KlikooSignatures.VerifyAuthSignature(id.ToString(), timestamp + " ", signature, registered).Should().BeFalse();
        }
    }
}
