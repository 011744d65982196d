using System.Text;
using Bogus;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>
/// A callback template's scheme, host and port come from the fixture alone: {message} and {refid} only fill the
/// query, escaped, so no ref_id or report can send it elsewhere.
/// </summary>
public sealed class CallbackUrlTests
{
    // Where the callback value starts in the fixture Fixture() writes.
    private const int CallbackLine = 6;
    private const int CallbackColumn = 15;

    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [TestCase("http://otomax-host:8080/report?message={message}&refid={refid}")]
    [TestCase("https://partner.example/cb?{message}&refid={refid}")]
    [TestCase("http://127.0.0.1:5000/?m={message}")]
    [TestCase("HTTP://[::1]:80/a/b/c?token=abc&m={message}&r={refid}&m2={message}")]
    public void Validate_TemplateWithPlaceholdersInItsQuery_Accepted(string template)
    {
        FixtureValidator.Validate([Fixture(template)]).Errors.Should().BeEmpty();
    }

    [TestCase("http://x/report", "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("http://x/report?refid={refid}", "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("ftp://x/report?m={message}", "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("/report?m={message}", "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("http://{refid}.partner.example/?m={message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("http://partner.example:{refid}/?m={message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("http://{refid}@partner.example/?m={message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("{refid}://partner.example/?m={message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("http://partner.example/{refid}?m={message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("http://partner.example/{message}", "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone")]
    [TestCase("http://user:password@partner.example/?m={message}", "'callback' must not carry a user name or password (user:password@); receivers never get them and the callback log would show them")]
    [TestCase("http://partner.example/?m={message}#{refid}", "'callback' must not have a #fragment: receivers never see it")]
    [TestCase("http://a%EF%BF%BDb/?m={message}", "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("http://xn--b\u00e9cher-kva.example/?m={message}", "'callback' must be an absolute http(s) URL containing {message}")]
    public void Validate_TemplateLettingAReportChooseWhereItGoes_LocatedError(string template, string message)
    {
        FixtureValidator.Validate([Fixture(template)]).Errors.Should().ContainSingle()
            .Which.Should().Be(new FixtureError("test.yaml", CallbackLine, CallbackColumn, message));
    }

    [TestCase("evil.example/")]
    [TestCase("@evil.example")]
    [TestCase("x&message=R#1 forged&refid=x")]
    [TestCase("x#fragment")]
    [TestCase("../../admin")]
    [TestCase("%2e%2e/%40evil")]
    public void Expand_HostileRefId_StaysInTheQueryOfTheFixturesHost(string refId)
    {
        var url = Expand("http://partner.example:8080/report?message={message}&refid={refid}", Line(refId));

        url.Should().NotBeNull();
        url!.GetLeftPart(UriPartial.Path).Should().Be("http://partner.example:8080/report");
        url.Query.Split('&').Should().HaveCount(2);
        Uri.UnescapeDataString(url.Query.Split('&')[1]).Should().Be("refid=" + refId);
    }

    [TestCase(20241112)]
    [TestCase(7)]
    public void ValidateAndExpand_GeneratedTemplatesAndHostileValues_ErrorAtTheCallbackOrTheFixturesSchemeHostAndPort(int seed)
    {
        var random = new Randomizer(seed);
        var accepted = 0;
        var rejected = 0;
        var failures = new List<string>();

        for (var i = 0; i < 3000 && failures.Count < 10; i++)
        {
            var template = GenerateTemplate(random);
            var result = FixtureValidator.Validate([Fixture(template)]);
            if (i < 500 && result.IsValid && SchemaRejects(template))
            {
                failures.Add($"'{template}': the emulator accepts it, the fixtures' JSON Schema does not");
            }

            if (!result.IsValid)
            {
                rejected++;
                if (result.Errors.Any(e => (e.File, e.Line, e.Column) != ("test.yaml", CallbackLine, CallbackColumn)))
                {
                    failures.Add($"'{template}': an error not at the callback: {result.Errors[0]}");
                }

                continue;
            }

            accepted++;
            var stored = result.Catalog!.Clients["a"].CallbackUrl!;
            if (!Uri.TryCreate(stored.Replace("{message}", "m", StringComparison.Ordinal).Replace("{refid}", "r", StringComparison.Ordinal), UriKind.Absolute, out var reference))
            {
                failures.Add($"'{template}': accepted, yet no URL even with plain values");
                continue;
            }

            for (var j = 0; j < 20; j++)
            {
                var line = Line(HostileText(random));
                var problem = Check(stored, line, reference);
                if (problem is not null)
                {
                    failures.Add($"'{template}' with ref_id '{Escape(line.RefId)}': {problem}");
                    break;
                }
            }
        }

        TestContext.Out.WriteLine($"{accepted} templates accepted, {rejected} rejected");
        failures.Should().BeEmpty();
        accepted.Should().BeGreaterThan(300, "the generator should make valid templates too");
        rejected.Should().BeGreaterThan(300, "the generator should make hostile templates too");
    }

    private static string? Check(string template, TransactionLine line, Uri reference)
    {
        Uri? url;
        try
        {
            url = Expand(template, line);
        }
        catch (Exception ex)
        {
            return $"threw {ex.GetType().Name}: {ex.Message}";
        }

        if (url is null)
        {
            return "not expanded";
        }

        return (url.Scheme, url.IdnHost, url.Port, url.UserInfo, url.AbsolutePath, url.Query.Split('&').Length) ==
            (reference.Scheme, reference.IdnHost, reference.Port, reference.UserInfo, reference.AbsolutePath, reference.Query.Split('&').Length)
            ? null
            : $"went to {url.GetLeftPart(UriPartial.Path)} instead of {reference.GetLeftPart(UriPartial.Path)}";
    }

    // The schema editors use may be looser than the emulator's checks, never stricter.
    private static bool SchemaRejects(string template)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Fixture(template).Text));
        var errors = new FixtureErrors();
        FixtureSchema.Check(new FixtureReadContext("test.yaml", errors), stream.Documents[0].RootNode);
        return errors.Count > 0;
    }

    private static Uri? Expand(string template, TransactionLine line) => CallbackUrl.TryExpand(template, line, out var url, out _) ? url : null;

    private static SuccessLine Line(string refId) =>
        new(refId, "OVO10", "081234567890", "SN1", "1001", BalanceChange.Charge(100_000, 10_100), T0);

    private static FixtureFile Fixture(string template) =>
        new("test.yaml", $"clients:\n  - id: a\n    secret: b\n    pin: \"1\"\n    balance: 1\n    callback: \"{YamlQuoted(template)}\"\n");

    // The inside of a YAML double-quoted scalar.
    private static string YamlQuoted(string text)
    {
        var quoted = new StringBuilder();
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return quoted.ToString();
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    // Each part of a template: the usual values first, then hostile ones; a part is hostile one time in six.
    private static readonly string[][] Parts =
    [
        ["http", "https", "HTTP", "HtTpS", "|", "ftp", "file", "javascript", "", "{refid}", "http{refid}", "h{message}"],
        ["://", "|", ":/", ":", "//", ":///", ":\\\\"],
        ["", "|", "user@", "u:p@", "{refid}@", "{message}@", "a%40b@", "@"],
        [
            "127.0.0.1", "localhost", "partner.example", "[::1]", "b\u00fccher.example", "xn--bcher-kva.example", "partner.example.", "|",
            "{refid}", "{refid}.example.com", "example.{message}", "ex{refid}ample", "", "a b", "exa%2Fmple", "1.2.3", "evil.example\\",
            "a%EF%BF%BDb", "\uFFFD", "a\u200Bb", "%00", "xn--", "a..b",
        ],
        ["", ":8080", ":65535", ":0", "|", ":{refid}", ":80{refid}", ":", ":65536", ":-1", ":{message}"],
        ["", "/", "/report", "/cb/otomax", "/a@b", "/a:b", "/%7Brefid%7D", "/..", "/\u00e9t\u00e9", "|", "/{refid}", "/a/{message}", "/{x}", "/a?b"],
        [
            "?message={message}&refid={refid}", "?{message}&refid={refid}", "?m={message}", "?a=1&m={message}&r={refid}&z=2", "?m={message}{refid}",
            "?m={message}&x=@/:", "?m={message}&x={mess", "?m={message}%", "?m={message}&u=\u4e2d", "|", "", "?", "?refid={refid}",
        ],
        ["", "|", "#frag", "#{refid}", "#{message}"],
    ];

    private static readonly string[] Hostile = ["@", "/", "?", "#", ":", "%", "\\", " ", "{", "}", "&", "=", "[", "]", "\u00e9", "\u4e2d", "\ud83d\ude00", "{refid}", "{message}", "%40", "//"];

    private static string GenerateTemplate(Randomizer random)
    {
        var template = new StringBuilder();
        foreach (var part in Parts)
        {
            var split = Array.IndexOf(part, "|");
            template.Append(random.Int(0, 5) == 0 ? part[random.Int(split + 1, part.Length - 1)] : part[random.Int(0, split - 1)]);
        }

        if (random.Int(0, 4) == 0)
        {
            for (var n = random.Int(1, 3); n > 0; n--)
            {
                template.Insert(random.Int(0, template.Length), random.ArrayElement(Hostile));
            }
        }

        return template.ToString();
    }

    // ref_ids no buy could send today, should the ref_id rules ever loosen: URL syntax, unicode, lone surrogates.
    private static string HostileText(Randomizer random)
    {
        var text = new StringBuilder();
        for (var n = random.Int(0, 40); n > 0; n--)
        {
            text.Append(random.Int(0, 9) switch
            {
                0 => random.ArrayElement(Hostile),
                1 => ((char)random.Int(0xD800, 0xDFFF)).ToString(),
                2 => ((char)random.Int(0, 31)).ToString(),
                3 => char.ConvertFromUtf32(random.Int(0x80, 0x2FFFF) is var c && c is >= 0xD800 and <= 0xDFFF ? 0xE9 : c),
                4 => "http://evil.example/",
                _ => random.AlphaNumeric(1),
            });
        }

        return text.ToString();
    }
}
