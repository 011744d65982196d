using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// The RSA keys of the access-token call (docs/open-api.md#keys): PKCS#8 PEM files made with openssl, the public one
/// registered with Klikoo as base64 of the whole PEM text (what the dashboard's "Konfigurasi API" tab takes).
/// </summary>
public static class KlikooRsaKeys
{
    private const string PublicHeader = "-----BEGIN PUBLIC KEY-----";
    private const string PrivateHeader = "-----BEGIN PRIVATE KEY-----";

    /// <summary>The value to register for a public key: base64 of the PEM text, header lines included.</summary>
    public static string ToRegisteredValue(string publicKeyPem)
    {
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(publicKeyPem));
    }

    /// <summary>The <c>private_key</c> of the auth-signature helper: base64 of the private PEM text.</summary>
    public static string ToHelperValue(string privateKeyPem) => ToRegisteredValue(privateKeyPem);

    /// <summary>Imports a PKCS#8 private key given as PEM text, or as base64 of the PEM text.</summary>
    /// <exception cref="FormatException">Not a PKCS#8 (<c>BEGIN PRIVATE KEY</c>) RSA key in either form.</exception>
    public static RSA ImportPrivateKey(string privateKey) =>
        TryImport(privateKey, PrivateHeader, out var rsa, out var problem) ? rsa : throw new FormatException(problem);

    /// <summary>Imports a public key given as PEM text, or as base64 of the PEM text (the registered form).</summary>
    /// <exception cref="FormatException">Not a <c>BEGIN PUBLIC KEY</c> RSA key in either form.</exception>
    public static RSA ImportPublicKey(string publicKey) =>
        TryImport(publicKey, PublicHeader, out var rsa, out var problem) ? rsa : throw new FormatException(problem);

    /// <summary>Imports a registered public key, or says in one sentence why it cannot (never echoing the key).</summary>
    public static bool TryImportPublicKey(string publicKey, [NotNullWhen(true)] out RSA? rsa, [NotNullWhen(false)] out string? problem) =>
        TryImport(publicKey, PublicHeader, out rsa, out problem);

    /// <summary>Imports a private key, or says in one sentence why it cannot (never echoing the key).</summary>
    public static bool TryImportPrivateKey(string privateKey, [NotNullWhen(true)] out RSA? rsa, [NotNullWhen(false)] out string? problem) =>
        TryImport(privateKey, PrivateHeader, out rsa, out problem);

    private static bool TryImport(string text, string header, [NotNullWhen(true)] out RSA? rsa, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        rsa = null;
        var pem = text.Trim();
        if (!pem.StartsWith("-----", StringComparison.Ordinal))
        {
            var bytes = new byte[pem.Length];
            if (!Convert.TryFromBase64String(pem, bytes, out var length))
            {
                problem = "it is neither PEM text nor base64 of PEM text";
                return false;
            }

            try
            {
                pem = new UTF8Encoding(false, true).GetString(bytes, 0, length).Trim();
            }
            catch (DecoderFallbackException)
            {
                problem = "its base64 does not decode to PEM text";
                return false;
            }
        }

        if (!pem.StartsWith(header, StringComparison.Ordinal))
        {
            problem = $"the PEM text must start with {header} (PKCS#8; convert with openssl pkcs8 -topk8 or openssl rsa -pubout)";
            return false;
        }

        var key = RSA.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            problem = "the PEM text does not hold a readable RSA key";
            return false;
        }

        if (key.KeySize < 1024)
        {
            problem = $"the RSA key has {key.KeySize} bits; Klikoo's commands make 2048";
            key.Dispose();
            return false;
        }

        rsa = key;
        problem = null;
        return true;
    }
}
