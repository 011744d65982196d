using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>An admin call whose JSON body cannot be read is answered with ProblemDetails naming the body it expects, with an example.</summary>
public sealed class AdminUnreadableBodyTests
{
    [TestCase("POST", "/__admin/clock/advance", """{"seconds":30}""")]
    [TestCase("PUT", "/__admin/clock", """{"now":"2025-01-01T08:00:00+07:00"}""")]
    [TestCase("POST", "/__admin/overrides", """{"to":"081234567890","result":"failed","reason":"Supplier sedang gangguan"}""")]
    [TestCase("POST", "/__admin/transactions/1002/resolve", """{"result":"success"}""")]
    [TestCase("POST", "/__admin/parser-check", """{"sn":"SN: (?<sn>.+?)\\. TRXID:"}""")]
    public async Task Send_UnreadableBody_400NamingTheExpectedBodyWithAnExample(string method, string path, string example)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        foreach (var body in new[] { "", "30", "{\"seconds\":", "not json" })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
            problem["detail"]!.GetValue<string>().Should().Be(
                $"The JSON body could not be read. {method} {path} expects a JSON object such as {example}; " +
                "the OpenAPI document at /__admin/openapi.json describes each call.", body);
        }
    }

    [Test]
    public async Task AdminDocs_BodyExamples_AreTheOnesThe400Gives()
    {
        var fixtures = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "fixtures.md"));

        foreach (var example in new[] { """{"seconds":30}""", """{"now":"2025-01-01T08:00:00+07:00"}""", """{"result":"success"}""" })
        {
            fixtures.Should().Contain($"`{example}`");
        }
    }
}
