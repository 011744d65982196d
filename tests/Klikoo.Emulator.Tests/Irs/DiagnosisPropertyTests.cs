using System.Text;
using System.Text.Json;
using Bogus;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Irs;

/// <summary>
/// Property, over thousands of seeded requests with mutated credentials, amounts, products and destinations: the
/// reply is exactly the validator's line, the journal has a diagnosis exactly when the request was refused, and
/// no diagnosis or journal entry holds a secret or pin, sent or expected.
/// </summary>
public sealed class DiagnosisPropertyTests
{
    private const int Requests = 4000;

    // Numbers, ids, codes and ref_ids are drawn from lowercase letters and the digits 0 1 2 5 8 only; secrets and
    // pins use capitals and the digits 3 4 6 7 9. So a secret or pin (or a near miss of one, 4 characters or more)
    // found in a diagnosis was put there from the credential, never by coincidence.
    private const string SafeDigits = "01258";
    private const string SafeLetters = "abcdefghijklmnopqrstuvwxyz";

    private static readonly Client[] Clients =
    [
        new("client-alpha", "SECRET-HQ3W-X7KZ-94", "739164"),
        new("client-beta", "SECRET-VT6Y-M3QP-47", "PIN-K9Z-T4"),
    ];

    private static readonly string[] FieldOrder =
        [IrsFields.ClientId, IrsFields.ClientSecret, IrsFields.Idrs, IrsFields.Pin, IrsFields.ProductCode, IrsFields.RefId, IrsFields.To, IrsFields.Amount, IrsFields.SellingPrice];

    [TestCase(20241112)]
    [TestCase(7)]
    public async Task PublicRoutes_MutatedRequests_ReplyUnchangedAndDiagnosisOnlyWhenRefusedWithoutCredentials(int seed)
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("clients.yaml", ClientsYaml()));
        await using var factory = EmulatorFactory.On(fixtures, settings: ("Klikoo:Journal:Capacity", $"{Requests}"));
        using var client = factory.CreateClient();
        var catalog = factory.Get<FixtureStore>().Current;
        var products = catalog.Products.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        var faker = new Faker { Random = new Randomizer(seed) };
        var buys = new Dictionary<(string, string), (string, string, long?)>();
        var sent = new List<Sent>();

        for (var i = 0; i < Requests; i++)
        {
            var request = Generate(faker, products, i, sent);
            var expected = Expect(request, catalog, buys, factory);
            var reply = await SendAsync(client, request);
            sent.Add(request with { Reply = reply, Expected = expected });
        }

        // The admin API answers one page of at most 1000; read every page, newest first, then oldest first.
        var pages = new List<string>();
        for (var offset = 0; offset < Requests; offset += 1000)
        {
            pages.Add(await client.GetStringAsync($"/__admin/journal?limit=1000&offset={offset}"));
        }

        var json = string.Concat(pages);
        var entries = pages.SelectMany(page => JsonDocument.Parse(page).RootElement.EnumerateArray().Select(e => e.Clone())).Reverse().ToList();
        entries.Should().HaveCount(Requests);
        var failures = sent.Zip(entries).Select(pair => Check(pair.First, pair.Second)).OfType<string>().Take(10).ToList();

        failures.Should().BeEmpty();
        sent.Count(s => s.Expected is null).Should().BeGreaterThan(Requests / 10, "the generator sends valid requests too");
        entries.Select(e => e.GetProperty("diagnosis").GetString()).Distinct().Count().Should().BeGreaterThan(20, "the generator reaches every check");
        foreach (var secret in Clients.SelectMany(c => new[] { c.Secret, c.Pin }).Where(s => !s.All(char.IsAsciiDigit)))
        {
            json.Should().NotContain(secret);
        }
    }

    private static string? Check(Sent request, JsonElement entry)
    {
        var diagnosis = entry.TryGetProperty("diagnosis", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var raw = entry.GetRawText();
        var forbidden = Clients.SelectMany(c => new[] { c.Secret, c.Pin })
            .Concat(request.Credentials.Where(c => c.Length >= 4))
            .ToList();
        return (request.Expected, diagnosis) switch
        {
            _ when entry.GetProperty("reply").GetString() != request.Reply => $"{request}: journal reply differs",
            ({ } line, _) when line != request.Reply => $"{request}: replied '{request.Reply}', the validator's line is '{line}'",
            (null, not null) => $"{request}: accepted, yet diagnosed '{diagnosis}'",
            (not null, null or "") => $"{request}: refused with '{request.Reply}' but no diagnosis",
            _ when forbidden.FirstOrDefault(f => diagnosis?.Contains(f, StringComparison.Ordinal) == true) is { } leak => $"{request}: diagnosis '{diagnosis}' holds '{leak}'",
            _ when forbidden.Where(f => !f.All(char.IsAsciiDigit)).FirstOrDefault(f => raw.Contains(f, StringComparison.Ordinal)) is { } leak => $"{request}: journal entry holds '{leak}'",
            _ when Clients.Any(c => entry.GetProperty("clientId").GetString() == c.Pin) => $"{request}: journal clientId holds a pin",
            _ => null,
        };
    }

    // The line the emulator gave before diagnoses existed: the validator's reason, or the ref_id rule of buy.
    private static string? Expect(Sent request, FixtureCatalog catalog, Dictionary<(string, string), (string, string, long?)> buys, EmulatorFactory factory)
    {
        var irs = request.ToIrsRequest();
        if (IrsRequestValidator.TryValidate(irs, catalog, out var valid, out var reason))
        {
            if (request.Operation == "inquiry")
            {
                return null;
            }

            var first = (valid.Product.Code, valid.Destination, valid.Amount);
            if (buys.TryAdd((valid.Account.ClientId, valid.RefId), first) || buys[(valid.Account.ClientId, valid.RefId)] == first)
            {
                return null;
            }

            reason = OrderService.ReferenceNoUsed;
        }

        return request.Operation == "inquiry"
            ? factory.Get<IrsInquiry>().Reject(irs, reason).Format()
            : factory.Get<IrsBuy>().Reject(irs, reason).Format();
    }

    private static async Task<string> SendAsync(HttpClient client, Sent request)
    {
        var path = $"/v1/irs/{request.Operation}";
        if (request.Post)
        {
            using var form = new FormUrlEncodedContent(request.Fields);
            using var response = await client.PostAsync(path, form);
            return await response.Content.ReadAsStringAsync();
        }

        var query = string.Join('&', request.Fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return await client.GetStringAsync($"{path}?{query}");
    }

    private static Sent Generate(Faker faker, Product[] products, int index, List<Sent> earlier)
    {
        var random = faker.Random;
        var account = random.ArrayElement(Clients);
        var other = Clients.First(c => c != account);
        var product = random.ArrayElement(products);
        var fields = new List<KeyValuePair<string, string>>();
        void Field(string name, string? value)
        {
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var operation = random.Bool() ? "inquiry" : "buy";
        Field(IrsFields.ClientId, random.Int(0, 99) switch
        {
            < 75 => account.Id,
            < 82 => NearMiss(random, account.Id, SafeLetters),
            < 85 => "",
            < 88 => null,
            < 91 => Text(random, SafeLetters + SafeDigits + "-", 1, 40),
            < 95 => random.ArrayElement(Clients).Secret,
            _ => random.ArrayElement(Clients).Pin,
        });
        Field(IrsFields.ClientSecret, random.Int(0, 99) switch
        {
            < 75 => account.Secret,
            < 85 => NearMiss(random, account.Secret, "QWXZ3467-"),
            < 88 => other.Secret,
            < 91 => "",
            < 94 => null,
            _ => Text(random, "QWXZ3467-", 4, 30),
        });
        Field(IrsFields.Idrs, random.Int(0, 99) < 97 ? "1" : "");
        Field(IrsFields.Pin, random.Int(0, 99) switch
        {
            < 75 => account.Pin,
            < 85 => NearMiss(random, account.Pin, "3467KZ"),
            < 88 => other.Pin,
            < 91 => "",
            < 94 => null,
            _ => Text(random, "34679", 4, 8),
        });
        Field(IrsFields.ProductCode, random.Int(0, 99) switch
        {
            < 70 => product.Code,
            < 78 => product.Code.ToLowerInvariant(),
            < 90 => Text(random, SafeLetters + SafeDigits, 1, 12),
            < 95 => "",
            _ => null,
        });
        Field(IrsFields.RefId, random.Int(0, 99) switch
        {
            < 75 => "ref-" + SafeNumber(index),
            < 85 when earlier.Count > 0 => random.ArrayElement(earlier.Select(e => e.RefId).OfType<string>().DefaultIfEmpty("ref-x").ToArray()),
            < 90 => "ref " + SafeNumber(index),
            < 93 => new string('r', 65),
            < 97 => "",
            _ => null,
        });
        Field(IrsFields.To, random.Int(0, 99) switch
        {
            < 65 => ValidDestination(random, product.Destination),
            < 80 => Text(random, SafeDigits, 1, 16),
            < 90 => Text(random, SafeDigits + SafeLetters + ".+ ", 1, 16),
            < 95 => "",
            _ => null,
        });
        Field(IrsFields.Amount, Amount(random, product));
        if (operation == "inquiry" || random.Int(0, 99) < 10)
        {
            Field(IrsFields.SellingPrice, random.Int(0, 99) switch
            {
                < 80 => "2000",
                < 90 => Text(random, SafeDigits, 1, 18),
                < 95 => "-" + Text(random, SafeDigits, 1, 5),
                _ => "",
            });
        }

        if (random.Int(0, 99) < 4 && fields.Count > 0)
        {
            // The same parameter twice: a credential's second value must not surface either.
            var repeated = random.ArrayElement(fields.ToArray()).Key;
            Field(repeated, repeated is IrsFields.ClientSecret or IrsFields.Pin ? NearMiss(random, account.Pin, "3467KZ") : "x");
        }

        return new Sent(operation, random.Int(0, 99) < 25, fields, account);
    }

    private static string? Amount(Randomizer random, Product product)
    {
        if (product.Open is { } open)
        {
            return random.Int(0, 99) switch
            {
                < 50 => SafeAmount(random, open.MinAmount, open.MaxAmount),
                < 65 => SafeAmount(random, 1, open.MinAmount - 1),
                < 75 => SafeAmount(random, open.MaxAmount + 1, open.MaxAmount * 1000),
                < 80 => Text(random, SafeDigits, 16, 20),
                < 88 => Text(random, SafeDigits + ".,-", 1, 10),
                < 94 => "",
                _ => null,
            };
        }

        return random.Int(0, 99) switch
        {
            < 70 => null,
            < 80 => "",
            < 90 => Text(random, SafeDigits, 1, 8),
            < 95 => Text(random, SafeDigits, 16, 20),
            _ => Text(random, SafeDigits + ".", 1, 8),
        };
    }

    // A number in [min, max] written with the safe digits only (so it may land a little outside; the validator decides).
    private static string SafeAmount(Randomizer random, long min, long max)
    {
        var digits = random.Long(min, Math.Max(min, max)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new string([.. digits.Select(c => SafeDigits.Contains(c, StringComparison.Ordinal) ? c : '0')]);
    }

    private static string ValidDestination(Randomizer random, DestinationRule rule) => rule switch
    {
        _ when rule == DestinationRules.Phone => "08" + Text(random, SafeDigits, 8, 11),
        _ when rule == DestinationRules.PlnNumber => Text(random, SafeDigits, 11, 12),
        _ when rule == DestinationRules.MaximDriver => Text(random, SafeDigits, 5, 12),

        // A declared family's rule: its example, the digits after the operator's prefix drawn again.
        _ => string.Concat(rule.Example.Select((c, i) => i >= 4 && char.IsAsciiDigit(c) ? random.ArrayElement(SafeDigits.ToCharArray()) : c)),
    };

    private static string NearMiss(Randomizer random, string real, string alphabet)
    {
        var i = random.Int(0, real.Length - 1);
        return random.Int(0, 4) switch
        {
            0 => real.Remove(i, 1),
            1 => real.Insert(i, random.ArrayElement(alphabet.ToCharArray()).ToString()),
            2 => string.Concat(real.AsSpan(0, i), random.ArrayElement(alphabet.ToCharArray()).ToString(), real.AsSpan(i + 1)),
            3 => real.Any(char.IsAsciiLetterUpper) ? real.ToLowerInvariant() : real.ToUpperInvariant(),
            _ => real + real[^1],
        };
    }

    private static string Text(Randomizer random, string alphabet, int min, int max) =>
        new([.. Enumerable.Range(0, random.Int(min, max)).Select(_ => random.ArrayElement(alphabet.ToCharArray()))]);

    // The index in base 5 over the safe digits, so a ref_id never holds 3, 4, 6, 7 or 9.
    private static string SafeNumber(int value)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, SafeDigits[value % 5]);
            value /= 5;
        }
        while (value > 0);

        return text.ToString();
    }

    private static string ClientsYaml()
    {
        var yaml = new StringBuilder("clients:\n");
        foreach (var client in Clients)
        {
            yaml.Append($"  - {{ id: {client.Id}, secret: {client.Secret}, pin: \"{client.Pin}\", balance: 500000000 }}\n");
        }

        return yaml.ToString();
    }

    private sealed record Client(string Id, string Secret, string Pin);

    private sealed record Sent(string Operation, bool Post, IReadOnlyList<KeyValuePair<string, string>> Fields, Client Account)
    {
        public string? Reply { get; init; }

        public string? Expected { get; init; }

        public string? RefId => Value(IrsFields.RefId);

        /// <summary>Every secret or pin value this request sent, in any parameter slot where one belongs.</summary>
        public IEnumerable<string> Credentials =>
            Fields.Where(f => f.Key is IrsFields.ClientSecret or IrsFields.Pin).Select(f => f.Value);

        public IrsRequest ToIrsRequest()
        {
            var repeated = FieldOrder.FirstOrDefault(name => Fields.Count(f => f.Key == name) > 1);
            return new IrsRequest(
                Value(IrsFields.ClientId), Value(IrsFields.ClientSecret), Value(IrsFields.Idrs), Value(IrsFields.Pin), Value(IrsFields.ProductCode),
                Value(IrsFields.RefId), Value(IrsFields.To), Value(IrsFields.Amount), Value(IrsFields.SellingPrice))
            {
                Problem = repeated is null ? null : IrsReasons.Repeated(repeated),
            };
        }

        public override string ToString() =>
            $"{(Post ? "POST" : "GET")} {Operation} as {Account.Id}: " +
            string.Join('&', Fields.Select(f => $"{f.Key}={(f.Key is IrsFields.ClientSecret or IrsFields.Pin ? "<" + f.Value.Length + " chars>" : f.Value)}"));

        private string? Value(string name) => Fields.FirstOrDefault(f => f.Key == name) is { Key: not null } field ? field.Value : null;
    }
}
