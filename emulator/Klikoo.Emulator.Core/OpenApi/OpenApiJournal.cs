using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Journal;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Puts one Open API answer into the journal with every credential it carries shortened: a token, and the signing
/// helpers' signatures, each usable for as long as its timestamp is fresh. Never the secret, a private key or a whole token.
/// </summary>
internal static class OpenApiJournal
{
    // The answers' own escaping ('+', '<', '&' and the like as \uXXXX), but the ellipsis left as it reads.
    private static readonly JavaScriptEncoder KeepsEllipsis = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly string[] Credentials = ["\"access_token\":\"", "\"signature\":\""];

    public static void Record(RequestJournal journal, EmulatorClock clock, HttpContext context, string operation, OpenApiAnswer answer, TimeSpan elapsed)
    {
        if (!journal.Enabled)
        {
            return;
        }

        journal.Write(new JournalEntry(
            journal.NextId(), clock.GetUtcNow(), context.Request.Method, "open-api/" + operation,
            context.Request.Path, answer.ClientId, operation == "access-token" ? JournalEntry.Masked : null, null, null,
            answer.Order?.ProductCode, answer.Order?.Reference, answer.Order?.Destination, answer.Order?.Amount, answer.Order?.SellingPrice,
            Shortened(answer.Body), elapsed.TotalMilliseconds, null, answer.Diagnosis, journal.Replica));
    }

    // The emulator's own JSON, whose encoder writes a quote inside a string as \u0022: the first raw quote ends the value.
    // The value is shortened as the credential reads, not as its escaped text (a '+' is six characters there), and
    // each kept end is escaped again, so the entry stays the JSON it was.
    internal static string Shortened(string reply)
    {
        foreach (var field in Credentials)
        {
            var start = reply.IndexOf(field, StringComparison.Ordinal);
            if (start >= 0)
            {
                start += field.Length;
                var end = reply.IndexOf('"', start);
                reply = string.Concat(reply.AsSpan(0, start), ShortenedValue(reply[start..end]), reply.AsSpan(end));
            }
        }

        return reply;
    }

    private static string ShortenedValue(string escaped)
    {
        using var value = JsonDocument.Parse("\"" + escaped + "\"");
        return JsonEncodedText.Encode(OpenApiTokens.Abbreviate(value.RootElement.GetString()!), KeepsEllipsis).ToString();
    }
}
