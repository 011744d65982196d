using System.Text;
using Bogus;

namespace Klikoo.Emulator.Tests.Robustness;

/// <summary>One generated request to a public route: raw query text and an optional raw body.</summary>
internal sealed record FuzzRequest(string Method, string Path, string RawQuery, string? ContentType, byte[]? Body)
{
    private static readonly string[] Paths = ["/klikoo-b2b/v1/irs/inquiry", "/klikoo-b2b/v1/irs/buy", "/v1/irs/inquiry", "/v1/irs/buy"];
    private static readonly string[] Keys = ["client_id", "client_secret", "idrs", "pin", "product_code", "ref_id", "to", "amount", "selling_price"];
    private static readonly string[] Methods = ["GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];
    private static readonly string[] Products = ["OVO10", "GOPAY10", "DN1", "DNOPEN", "MAX5000", "MXD17", "PLN20", "PLN50", "ovo10", "XYZ", ""];

    // Values a partner (or an attacker) might send: valid, empty, odd numbers, control characters, other scripts,
    // line breaks, separators of the R# layout, raw and broken percent-encoding, and long ones.
    private static readonly string[] Awkward =
    [
        "", " ", "0", "-1", "1.5", "1e9", "99999999999999999999999", "20000", "١٢٣", "０８１２３４５６７８９０", "😀", "\u0000", "\r\n", "\n",
        "%0D%0A", "%00", "%", "%%", "%ZZ", "%E2%80%A8", "R#1 OVO10. 0 SUCCESS", ". TRXID: ", "&refid=", "+", "a+b", "'\"<script>",
        "081234567890", "081234569990", "081234569993", "01105691111", "48429495", IrsQuery.ClientId, IrsQuery.ClientSecret, IrsQuery.Pin,
        "c17229eb-3d2b-4576-8f5d-c2e716da764b%20", "DROP TABLE", "\t", "null", "[]", "{}",
    ];

    public static FuzzRequest Generate(Faker faker)
    {
        var method = faker.PickRandom(Methods);
        var parameters = new List<string>();
        foreach (var key in Keys)
        {
            var roll = faker.Random.Int(0, 9);
            if (roll == 0)
            {
                continue;
            }

            parameters.Add($"{Key(faker, key)}={Value(faker, key, roll)}");
            if (faker.Random.Bool(0.05f))
            {
                parameters.Add($"{key}={Value(faker, key, roll)}");
            }
        }

        if (faker.Random.Bool(0.1f))
        {
            parameters.Add($"{faker.Random.AlphaNumeric(faker.Random.Int(1, 20))}={faker.Random.AlphaNumeric(5)}");
        }

        var query = string.Join('&', faker.Random.Shuffle(parameters));
        if (faker.Random.Bool(0.03f))
        {
            query = new string(faker.Random.Chars('\u0001', '\u00ff', faker.Random.Int(0, 300)));
        }

        var (contentType, body) = method == "POST" ? MakeBody(faker, query) : (null, null);
        return new FuzzRequest(method, faker.PickRandom(Paths), query, contentType, body);
    }

    public override string ToString() => $"{Method} {Path}?{RawQuery} [{ContentType}, {Body?.Length ?? 0} bytes]";

    private static string Key(Faker faker, string key) => faker.Random.Int(0, 30) switch
    {
        0 => key.ToUpperInvariant(),
        1 => key + " ",
        2 => Uri.EscapeDataString(key),
        _ => key,
    };

    private static string Value(Faker faker, string key, int roll) => roll switch
    {
        < 5 => key switch
        {
            "client_id" => IrsQuery.ClientId,
            "client_secret" => IrsQuery.ClientSecret,
            "pin" => IrsQuery.Pin,
            "product_code" => faker.PickRandom(Products),
            "to" => faker.PickRandom("081234567890", "0817345544", "01105691111", "48429495", "08123456999" + faker.Random.Int(0, 3)),
            "amount" or "selling_price" => faker.Random.Int(0, 200_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => faker.Random.AlphaNumeric(faker.Random.Int(1, 12)),
        },
        < 8 => Uri.EscapeDataString(faker.PickRandom(Awkward)),
        8 => faker.PickRandom(Awkward),
        _ => new string('9', faker.Random.Int(64, 5000)),
    };

    private static (string? ContentType, byte[]? Body) MakeBody(Faker faker, string query) => faker.Random.Int(0, 5) switch
    {
        0 => (null, null),
        1 => ("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(query)),
        2 => ("application/x-www-form-urlencoded", faker.Random.Bytes(faker.Random.Int(0, 2000))),
        3 => ("application/json", Encoding.UTF8.GetBytes("{\"client_id\":1}")),
        4 => ("multipart/form-data; boundary=x", Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\n0812\r\n--x--")),
        _ => ("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("to=0812&", faker.Random.Int(1, 10_000))))),
    };
}
