using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Emulator.OpenApi;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The journal keeps an answer's credentials shortened to their first 8 and last 6 characters. The answer's text
/// escapes a base64 signature's <c>+</c> as <c>\u002B</c>, so counting in that text kept fewer characters than promised
/// and could cut an escape in two, leaving JSON the dashboard cannot read. Thousands of generated credentials, each
/// serialized as the answers are.
/// </summary>
public sealed class OpenApiJournalTests
{
    [Test]
    public void Shortened_AnyCredential_StaysJsonAndKeepsItsFirstEightAndLastSixCharacters()
    {
        var random = new Random(22_07);
        using var scope = new AssertionScope();
        for (var i = 0; i < 5_000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var credential = (i % 3) switch
            {
                0 => Convert.ToBase64String(bytes),
                1 => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_') + "." + Convert.ToBase64String(bytes.AsSpan(0, bytes.Length / 2)),
                _ => new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => "+/=<>&'aZ09"[random.Next(11)]).ToArray()),
            };
            var field = i % 2 == 0 ? "signature" : "access_token";
            var body = JsonSerializer.Serialize(new JsonObject
            {
                ["response_code"] = "200012000", ["response_message"] = "Sukses", ["data"] = new JsonObject { [field] = credential, ["expires_in"] = 900 },
            });

            var shortened = OpenApiJournal.Shortened(body);

            var expected = credential.Length <= 16 ? "…" : credential[..8] + "…" + credential[^6..];
            JsonNode? parsed = null;
            var act = () => parsed = JsonNode.Parse(shortened);
            act.Should().NotThrow(shortened);
            parsed?["data"]?[field]?.GetValue<string>().Should().Be(expected, body);
            parsed?["data"]?["expires_in"]?.GetValue<int>().Should().Be(900);
        }
    }
}
