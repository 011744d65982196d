using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using FsCheck.Fluent;

namespace Klikoo.Emulator.Tests.ParserCheck;

/// <summary><c>POST /__admin/parser-check</c>: the report as JSON, ProblemDetails for a refused pattern, never a 500.</summary>
public sealed class ParserCheckEndpointsTests
{
    private const string Path = "/__admin/parser-check";

    [Test]
    public async Task Post_DocumentedPatterns_PassedWithEveryLineAndItsReadings()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new JsonObject
        {
            ["sn"] = @"SN: (?<sn>.+?)\. TRXID:",
            ["price"] = @"PRICE: (?<price>\d+)\.|SISA SALDO: [\d.]+ - (?<price>[\d.]+) =",
            ["saldo"] = @"SISA SALDO: [\d.]+ - [\d.]+ = (?<saldo>[\d.]+) @",
        });
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        using var scope = new AssertionScope();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        report["passed"]!.GetValue<bool>().Should().BeTrue();
        report["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).Should().Equal("sn", "price", "saldo");
        report["lines"]!.AsArray().Should().HaveCount(ShippedCatalogue.Samples.Count);
        report["lines"]!.AsArray().SelectMany(l => l!["readings"]!.AsArray()).Select(r => r!["verdict"]!.GetValue<string>())
            .Distinct().Should().BeEquivalentTo("exact", "noValue");
    }

    [Test]
    public async Task Post_SnStoppingAtADot_NotPassedWithCapturedAndTrueValue()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new JsonObject { ["sn"] = @"SN: (?<sn>[^.]+)" });
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        report["passed"]!.GetValue<bool>().Should().BeFalse();
        report["lines"]!.AsArray().Select(l => l!["readings"]![0]!).Should().Contain(r =>
            r["verdict"]!.GetValue<string>() == "wrongCapture" &&
            r["expected"]!.GetValue<string>() == "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7" &&
            r["captured"]!.GetValue<string>() == "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33");
    }

    [TestCase("""{"sn":"SN: (\\d)\\1"}""", "sn", "'sn' cannot run in linear time")]
    [TestCase("""{"price":"(?<=PRICE: )\\d+"}""", "price", "'price' cannot run in linear time")]
    [TestCase("""{"saldo":"(unclosed"}""", "saldo", "'saldo' is not a valid regular expression")]
    [TestCase("""{}""", "sn", "Give at least one of sn, price or saldo.")]
    [TestCase("""{"sn":null,"price":null}""", "sn", "Give at least one of sn, price or saldo.")]
    public async Task Post_RefusedPattern_400ValidationProblemInTheFixturesWords(string body, string field, string message)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        using var scope = new AssertionScope();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["errors"]![field]![0]!.GetValue<string>().Should().StartWith(message);
    }

    // Whatever JSON arrives (huge, catastrophic or garbled patterns, wrong types), the answer is a report or a 400.
    [Test]
    public async Task Post_GeneratedBodies_NeverA500()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var pieces = new[] { "(a+)+$", "(.*a){20}", "\\", "(?<sn>", "\\k<sn>", "(?=x)", "[", "{2,1}", "\\d{1,1000}", "\"", "SN: ", "(?<price>[\\d.]+)", "\u0000", "é" };
        var bodies = Generated.Cases(
            from count in Gen.Choose(0, 6)
            from parts in Gen.Elements(pieces).ArrayOf(count)
            from repeat in Gen.Elements(1, 1, 1, 200)
            from field in Gen.Elements("sn", "price", "saldo", "other")
            from asNumber in Gen.Elements(false, false, false, true)
            select asNumber ? $$"""{"{{field}}":{{count}}}""" : new JsonObject { [field] = string.Concat(Enumerable.Repeat(string.Concat(parts), repeat)) }.ToJsonString(),
            seed: 26,
            count: 200);

        foreach (var body in bodies)
        {
            using var response = await client.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"));

            response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest], body);
        }
    }
}
