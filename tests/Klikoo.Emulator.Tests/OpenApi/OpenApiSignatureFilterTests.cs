using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The signature check in front of every signed route (docs/open-api.md#signing): thousands of generated requests,
/// each a signed route under either prefix with its bearer header, timestamp, signature and body broken or not, get
/// exactly the code of the first check they fail (token, timestamp, signature, in that order), or, past them all, a
/// documented answer of the route's own; never a 5xx, and each one in the journal with the failed check. Seeded: a
/// failure replays.
/// </summary>
public sealed class OpenApiSignatureFilterTests
{
    private const int Seed = 20_2024;
    private const int Cases = 3000;

    private static readonly (string Path, string Method, string Operation, OpenApiService Service)[] Signed =
    [
        ("balance", "GET", "balance", OpenApiService.Account), ("products", "POST", "products", OpenApiService.Product),
        ("products/inquiry", "POST", "products/inquiry", OpenApiService.Transaction),
        ("transactions/inquiry-postpaid", "POST", "transactions/inquiry-postpaid", OpenApiService.Transaction),
        ("products/buy", "POST", "products/buy", OpenApiService.Transaction), ("transactions/10000001", "GET", "transactions/detail", OpenApiService.Transaction),
        ("transactions", "GET", "transactions", OpenApiService.Transaction),
    ];

    private static readonly string[] Bodies =
    [
        "", "{}", "null", "[]", "{", "{\"limit\":10,\"page\":1}", "{\"limit\":1e400,\"page\":1}", "{\"limit\":\"10\",\"page\":1}",
        """{"product_code":"OVO10","value":"081234567890","partner_reference_id":"r1"}""", """{"account_number":"123","product_code":"PLN20"}""",
        """{"product_code":"OVO10","value":"081234567890","partner_reference_id":"r1","amount":99999999999999999999999}""",
        new string('[', 5000) + new string(']', 5000), "\u0000\u0001\u00ff", "{\"a\":\"\\ud800\"}", "not json",
    ];

    private static readonly string[] Queries = ["", "?page=1&limit=10", "?page=0&limit=10", "?page=1&page=2&limit=1", "?q=" + new string('x', 200), "?from=yesterday&page=1&limit=1"];

    private static readonly OpenApiStatus[] Statuses =
    [
        OpenApiStatus.Success, OpenApiStatus.Created, OpenApiStatus.TimeMismatch, OpenApiStatus.SignatureMismatch, OpenApiStatus.ValidationError,
        OpenApiStatus.FieldEmpty, OpenApiStatus.TokenInvalid, OpenApiStatus.TokenExpired, OpenApiStatus.CustomerNotFound, OpenApiStatus.ProductNotFound,
        OpenApiStatus.TransactionNotFound, OpenApiStatus.WrongCustomerNumber, OpenApiStatus.ReferenceUsed, OpenApiStatus.SupplierDisrupted,
    ];

    [Test]
    public async Task Endpoints_EveryRouteUnderBothPrefixes_SignedOnesTakeTheCheckedCallOthersTheReadBody()
    {
        await using var factory = new EmulatorFactory();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<OpenApiRoute>() is not null).ToList();

        using var scope = new AssertionScope();
        endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .Should().BeEquivalentTo(OpenApiRoutes.All.SelectMany(r => new[] { r.Name, r.Name + "WithoutPrefix" }));
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.Metadata.GetMetadata<OpenApiRoute>()!;
            var parameters = endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters().Select(p => p.ParameterType).ToList();
            endpoint.RoutePattern.RawText.Should().EndWith("/v1/open-api/" + route.Path);
            endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Should().Equal([route.Method], route.Name);
            parameters.Should().HaveCount(parameters.Distinct().Count());
            parameters.Contains(typeof(OpenApiSignedCall)).Should().Be(route.Signed, $"{route.Name} {(route.Signed ? "is" : "is not")} signed");
            parameters.Contains(typeof(OpenApiBody)).Should().Be(!route.Signed, $"{route.Name} reads its body unsigned or as signed, never both");

            // A parameter the binder could read as JSON makes a route accept only JSON: a body-less call would miss it for the catch-all.
            endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Should().BeEmpty(route.Name);
        }
    }

    [Test]
    public async Task BindAsync_OnARouteWithoutItsFilter_FailsOnFirstUseRatherThanAnsweringUnread()
    {
        var context = new DefaultHttpContext();
        var call = await OpenApiSignedCall.BindAsync(context, null!);
        var body = await OpenApiBody.BindAsync(context, null!);

        using var scope = new AssertionScope();
        call!.Invoking(c => c.Account).Should().Throw<InvalidOperationException>().WithMessage("*OpenApiSignatureFilter*");
        body!.Invoking(b => b.Bytes).Should().Throw<InvalidOperationException>().WithMessage("*OpenApiBodyFilter*");
    }

    [Test]
    public async Task SignedRoutes_GeneratedHeadersAndBodies_FirstFailedCheckOrARouteAnswerNeverA5xx()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var token = api.Token;
        var expired = factory.Get<OpenApiTokens>().Issue(IrsQuery.ClientId, "t", factory.Clock.GetUtcNow().AddHours(-2));
        var journal = factory.Get<RequestJournal>();
        var random = new Random(Seed);
        var passed = 0;

        for (var i = 0; i < Cases; i++)
        {
            var (path, method, operation, service) = Signed[random.Next(Signed.Length)];
            var prefix = random.Next(2) == 0 ? "/klikoo-b2b/v1/open-api/" : "/v1/open-api/";
            var query = path == "transactions" ? Queries[random.Next(Queries.Length)] : random.Next(10) == 0 ? "?x=1" : "";
            var body = Encoding.UTF8.GetBytes(method == "GET" && random.Next(4) != 0 ? "" : Bodies[random.Next(Bodies.Length)]);
            var now = KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow());

            var (authorization, sent, tokenRefusal) = random.Next(10) switch
            {
                0 => ((string?)null, "", OpenApiStatus.TokenInvalid),
                1 => ("Bearer ", "", OpenApiStatus.TokenInvalid),
                2 => ("Basic " + token, token, OpenApiStatus.TokenInvalid),
                3 => ("Bearer " + Mutate(random, token), "", OpenApiStatus.TokenInvalid),   // unless the mutation changed nothing: below
                4 => ("Bearer " + expired, expired, OpenApiStatus.TokenExpired),
                5 => ("bearer   " + token, token, (OpenApiStatus?)null),
                _ => ("Bearer " + token, token, (OpenApiStatus?)null),
            };
            var timestamp = random.Next(8) switch
            {
                0 => null,
                1 => Mutate(random, now),
                2 => KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow().AddSeconds(random.Next(2) == 0 ? -301 : 301)),
                3 => now.Replace('T', ' '),
                _ => now,
            };
            var timeRefusal = timestamp is null ? OpenApiStatus.FieldEmpty : Fresh(timestamp, factory.Clock.GetUtcNow()) ? null : OpenApiStatus.TimeMismatch;

            if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && authorization[7..].Trim() == token)
            {
                (sent, tokenRefusal) = (token, null);
            }

            var signed = KlikooSignatures.SignRequest(IrsQuery.ClientSecret, method, "/v1/open-api/" + path, sent, body, timestamp ?? "");
            var (signature, signatureRefusal) = random.Next(6) switch
            {
                0 => ((string?)null, OpenApiStatus.SignatureMismatch),
                1 => (Mutate(random, signed), OpenApiStatus.SignatureMismatch),
                2 => (KlikooSignatures.SignRequest(IrsQuery.ClientSecret, method, prefix + path, sent, body, timestamp ?? ""), prefix.StartsWith("/klikoo", StringComparison.Ordinal) ? OpenApiStatus.SignatureMismatch : null),
                _ => (signed, (OpenApiStatus?)null),
            };
            if (signature == signed)
            {
                signatureRefusal = null;   // a mutation that changed nothing
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), prefix + path + query);
            foreach (var (name, value) in new[] { ("Authorization", authorization), ("Open-Api-Timestamp", timestamp), ("Open-Api-Signature", signature) })
            {
                if (value is not null)
                {
                    request.Headers.TryAddWithoutValidation(name, value).Should().BeTrue(name);
                }
            }
            if (body.Length > 0)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            journal.Clear();
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var what = $"case {i}: {method} {prefix}{path}{query} auth '{authorization}' timestamp '{timestamp}' signature '{signature}' body '{Encoding.UTF8.GetString(body)}' -> {(int)response.StatusCode} {text}";
            var expected = tokenRefusal ?? timeRefusal ?? signatureRefusal;
            var envelope = JsonNode.Parse(text)!.AsObject();
            var code = envelope["response_code"]!.GetValue<string>();
            var entry = journal.Snapshot().Should().ContainSingle(what).Subject;
            using var scope = new AssertionScope(what);
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
            ((int)response.StatusCode).Should().BeLessThan(500);
            entry.Operation.Should().Be("open-api/" + operation);
            if (expected is { } refusal)
            {
                code.Should().Be(refusal.Code(OpenApiService.Auth));
                envelope["response_message"]!.GetValue<string>().Should().Be(refusal.Message);
                ((int)response.StatusCode).Should().Be(refusal.HttpStatus);
                entry.Diagnosis.Should().NotBeNullOrEmpty();
                entry.ClientId.Should().Be(tokenRefusal is null || tokenRefusal == OpenApiStatus.TokenExpired ? IrsQuery.ClientId : null);
            }
            else
            {
                passed++;
                Statuses.Select(s => (s.Code(service), s.Message)).Should().Contain((code, envelope["response_message"]!.GetValue<string>()));
                code.Should().StartWith(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                entry.ClientId.Should().Be(IrsQuery.ClientId);
            }
        }

        passed.Should().BeGreaterThan(Cases / 10, "enough cases must reach the routes' own answers");
    }

    // The documented window (docs/open-api.md#signing): RFC 3339 with an offset, within the 5 minutes' skew.
    private static bool Fresh(string timestamp, DateTimeOffset now) =>
        Regex.IsMatch(timestamp, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$") &&
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent) && (sent - now).Duration() <= TimeSpan.FromMinutes(5);

    // One character replaced, removed or inserted somewhere: a near miss, not noise.
    private static string Mutate(Random random, string text)
    {
        if (text.Length == 0)
        {
            return "x";
        }

        var at = random.Next(text.Length);
        const string Alphabet = "aZ09+/=.-:_ ";
        return random.Next(3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            _ => string.Concat(text.AsSpan(0, at), Alphabet[random.Next(Alphabet.Length)].ToString(), text.AsSpan(at + 1)),
        };
    }
}
