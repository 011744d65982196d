using System.Diagnostics.CodeAnalysis;
using System.Text;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// A client's callback template (docs/klikoo-interface.md#decisions): <c>{message}</c> is the URL-encoded final line without its
/// <c>&amp;refid=</c> tail, <c>{refid}</c> the ref_id. Where a report goes is the fixture's choice alone: the
/// placeholders may stand only in the query, and their values are escaped, so no ref_id or line can change the
/// scheme, host, port or path (docs/limits.md#callbacks).
/// </summary>
internal static class CallbackUrl
{
    public const string Message = "{message}";
    public const string RefId = "{refid}";

    public const string NotHttp = "'callback' must be an absolute http(s) URL containing {message}";
    public const string OutsideQuery = "'callback' may hold {message} and {refid} only in its query, after '?': the scheme, host, port and path come from the fixture alone";
    public const string HasUserInfo = "'callback' must not carry a user name or password (user:password@); receivers never get them and the callback log would show them";
    public const string HasFragment = "'callback' must not have a #fragment: receivers never see it";

    public const string JsonNotHttp = "'openApiCallback' must be an absolute http(s) URL";
    public const string JsonHasPlaceholder = "'openApiCallback' takes no placeholders: the report is the JSON body, sent as it is to this URL";

    /// <summary>What is wrong with <paramref name="url"/> as an Open API callback URL (docs/open-api.md#on-the-emulator), or null when nothing is.</summary>
    public static string? CheckJson(string url) => TryParseJson(url, out _, out var problem) ? null : problem;

    /// <summary>The Open API callback URL as a <see cref="Uri"/>; false, with the reason, when it is not one. Never throws.</summary>
    public static bool TryParseJson(string url, [NotNullWhen(true)] out Uri? parsed, [NotNullWhen(false)] out string? problem)
    {
        parsed = null;
        if (url.AsSpan().ContainsAny('{', '}'))
        {
            problem = JsonHasPlaceholder;
            return false;
        }

        // The same rules as a template's fixed part: the probe adds the query placeholder a template needs.
        if (!TryParse(url + (url.Contains('?', StringComparison.Ordinal) ? "&m=" : "?m=") + Message, out _, out problem))
        {
            problem = problem == NotHttp ? JsonNotHttp : problem.Replace("'callback'", "'openApiCallback'", StringComparison.Ordinal);
            return false;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out parsed))
        {
            problem = JsonNotHttp;
            return false;
        }

        return true;
    }

    /// <summary>What is wrong with <paramref name="template"/> as a callback template, or null when nothing is.</summary>
    public static string? Check(string template) => TryParse(template, out _, out var problem) ? null : problem;

    /// <summary>The URL reporting <paramref name="line"/>; false, with the reason, when none can be built. Never throws.</summary>
    public static bool TryExpand(string template, TransactionLine line, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? problem)
    {
        string text;
        try
        {
            text = line.Format();
        }
        catch (ArgumentException ex)
        {
            // A line that cannot be written (a timestamp past year 9999 in WIB) cannot be reported either.
            url = null;
            problem = $"the report could not be written: {ex.Message}";
            return false;
        }

        var tail = "&refid=" + line.RefId;
        var message = text.EndsWith(tail, StringComparison.Ordinal) ? text[..^tail.Length] : text;
        return TryExpand(template, message, line.RefId, out url, out problem);
    }

    /// <summary>The URL with <paramref name="message"/> and <paramref name="refId"/> filled in, escaped. Never throws.</summary>
    public static bool TryExpand(string template, string message, string refId, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? problem)
    {
        url = null;
        if (!TryParse(template, out var origin, out problem))
        {
            return false;
        }

        var question = template.IndexOf('?', StringComparison.Ordinal);
        var expanded = template[..question] + template[question..]
            .Replace(Message, Escape(message), StringComparison.Ordinal)
            .Replace(RefId, Escape(refId), StringComparison.Ordinal);

        // Escaped values hold only unreserved characters and %XX, so this fails only for length.
        if (!Uri.TryCreate(expanded, UriKind.Absolute, out url))
        {
            problem = $"the URL would be {expanded.Length} characters, too long to send";
            return false;
        }

        // A second lock on the same door: the report never changes where it goes.
        if (!SameOrigin(url, origin))
        {
            problem = $"the report would change where the URL points ({Destination(url)} instead of {Destination(origin)})";
            url = null;
            return false;
        }

        return true;
    }

    /// <summary>Where reports for <paramref name="url"/> queue: one receiver is one scheme, host and port.</summary>
    public static string Destination(Uri url) => $"{url.Scheme}://{(TryGetIdnHost(url, out var host) ? host : url.Host)}:{url.Port}";

    // The part before '?' is the fixture's alone: no placeholder (no brace at all), no user info, http or https.
    private static bool TryParse(string template, [NotNullWhen(true)] out Uri? origin, [NotNullWhen(false)] out string? problem)
    {
        origin = null;
        var question = template.IndexOf('?', StringComparison.Ordinal);
        var head = question < 0 ? template : template[..question];
        if (head.AsSpan().ContainsAny('{', '}'))
        {
            problem = OutsideQuery;
            return false;
        }

        if (template.Contains('#', StringComparison.Ordinal))
        {
            problem = HasFragment;
            return false;
        }

        if (!Uri.TryCreate(head, UriKind.Absolute, out origin) ||
            (origin.Scheme != Uri.UriSchemeHttp && origin.Scheme != Uri.UriSchemeHttps) ||
            !head.StartsWith(origin.Scheme + "://", StringComparison.OrdinalIgnoreCase) ||
            !TryGetIdnHost(origin, out var host) || host.Length == 0)
        {
            origin = null;
            problem = NotHttp;
            return false;
        }

        var authority = head.AsSpan(origin.Scheme.Length + 3);
        if (authority.IndexOfAny('/', '\\') is var end && end >= 0)
        {
            authority = authority[..end];
        }

        if (origin.UserInfo.Length > 0 || authority.Contains('@'))
        {
            origin = null;
            problem = HasUserInfo;
            return false;
        }

        if (question < 0 || !template.AsSpan(question).Contains(Message, StringComparison.Ordinal))
        {
            origin = null;
            problem = NotHttp;
            return false;
        }

        problem = null;
        return true;
    }

    // Uri accepts some hosts whose IDN form it then refuses to compute (it throws).
    private static bool TryGetIdnHost(Uri url, out string host)
    {
        try
        {
            host = url.IdnHost;
            return true;
        }
        catch (UriFormatException)
        {
            host = "";
            return false;
        }
    }

    private static bool SameOrigin(Uri url, Uri origin) =>
        url.Scheme == origin.Scheme && url.IdnHost == origin.IdnHost && url.Port == origin.Port && url.UserInfo.Length == 0 &&
        url.AbsolutePath == origin.AbsolutePath;

    // Uri.EscapeDataString leaves only A-Z a-z 0-9 - . _ ~ unescaped; a lone surrogate becomes U+FFFD first.
    private static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            value = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
        }

        return Uri.EscapeDataString(value);
    }
}
