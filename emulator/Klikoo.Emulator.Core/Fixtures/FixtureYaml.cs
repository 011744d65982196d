using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Parses one fixture file into YAML documents within the limits (<see cref="LimitedParser"/>). Whatever YamlDotNet
/// throws becomes an error at a line and column of the file: a fixture file's text never ends a validation early.
/// </summary>
internal static class FixtureYaml
{
    public static IReadOnlyList<YamlNode> Read(FixtureReadContext context, string text, FixtureBudget budget)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new LimitedParser(new Parser(scanner), budget);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(context, text, ex);
            return [];
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // YamlDotNet also throws InvalidOperationException, ArgumentException and others on some malformed text.
        catch (Exception)
#pragma warning restore CA1031
        {
            ReportUnreadable(context, text, WithinText(scanner.CurrentPosition, text));
            return [];
        }

        // A file of comments only is a valid, empty fixture file.
        return [.. stream.Documents.Select(d => d.RootNode).Where(root => root is not YamlScalarNode { Value: null or "" })];
    }

    // YamlDotNet 16 throws InvalidOperationException for a '[' or '{' left open when the next line is indented less:
    // point at that bracket. Scanning only the lines before the failure finds it, since the flow then ends with the text.
    private static void ReportUnreadable(FixtureReadContext context, string text, Mark failedAt)
    {
        if (OpenBracketBefore(text, failedAt) is { } bracket)
        {
            ReportOpen(context, bracket, failedAt);
        }
        else
        {
            context.Error(failedAt, "the YAML cannot be read from here on");
        }
    }

    // YamlDotNet notices a mistake where the next token does not fit, often the line after the one a reader broke
    // (docs/fixtures.md#check-fixtures): a '[' or '{' left open is reported at the bracket, a tab used as indentation at the
    // tab (YamlDotNet marks it at the start of the enclosing mapping), anything else where YamlDotNet saw it.
    private static void ReportSyntaxError(FixtureReadContext context, string text, YamlException ex)
    {
        var at = WithinText(ex.Start, text);
        if (ex is SemanticErrorException && OpenBracketBefore(text, at) is { } bracket)
        {
            ReportOpen(context, bracket, at);
        }
        else if (TabBefore(ex, text, at) is { } tab)
        {
            context.Error(tab, "a tab is used as indentation; YAML indents with spaces only");
        }
        else if (ex is SemanticErrorException && IndentedUnder(text, at) is { } owner)
        {
            context.Error(owner, $"line {at.Line} is indented under this line, but this line already has its value: remove the value here or the indentation there");
        }
        else
        {
            context.Error(at, WithoutPosition(ex.Message));
        }
    }

    private static void ReportOpen(FixtureReadContext context, Token bracket, Mark failedAt)
    {
        var (opened, closer) = bracket is FlowSequenceStart ? ('[', ']') : ('{', '}');
        context.Error(bracket.Start, $"this '{opened}' is not closed before line {failedAt.Line}; close it with '{closer}'");
    }

    // "key: value" (or "key:: x") followed by a more indented line: YAML fails on that line, the mistake is this one.
    private static Mark? IndentedUnder(string text, Mark failedAt)
    {
        var lines = text.Split('\n');
        if (failedAt.Line < 2 || failedAt.Line > lines.Length || Indent(lines[failedAt.Line - 1]) is not { } failed)
        {
            return null;
        }

        for (var i = (int)failedAt.Line - 2; i >= 0; i--)
        {
            if (Indent(lines[i]) is { } indent)
            {
                var content = lines[i].AsSpan(indent).TrimEnd();
                return indent < failed && !content.EndsWith(':') && content.Contains(": ", StringComparison.Ordinal)
                    ? new Mark(0, i + 1, indent + 1)
                    : null;
            }
        }

        return null;
    }

    // Where a line's content starts, after its indentation and any "- " of a list entry; null for a blank or comment line.
    private static int? Indent(string line)
    {
        var indent = line.AsSpan().IndexOfAnyExcept(' ');
        while (indent >= 0 && line.AsSpan(indent).StartsWith("- "))
        {
            var next = line.AsSpan(indent + 1).IndexOfAnyExcept(' ');
            indent = next < 0 ? -1 : indent + 1 + next;
        }

        return indent < 0 || line[indent] is '#' or '\r' ? null : indent;
    }

    // A tab used as indentation: YamlDotNet says so, or, for a tab before a top-level key, fails at the next key
    // (the tabbed line read as text, which no key may follow) expecting the document to end.
    private static Mark? TabBefore(YamlException ex, string text, Mark failedAt) =>
        IndentedWithTab(text) is { } tab && (ex.Message.Contains(" tab ", StringComparison.Ordinal) ||
                                             (ex.Message.Contains("<document end>", StringComparison.Ordinal) && tab.Line < failedAt.Line))
            ? tab
            : null;

    // The first tab among a line's leading blanks: the one the scanner stopped at (a tab inside a value is text).
    private static Mark? IndentedWithTab(string text)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var blanks = text.AsSpan(start, end - start).IndexOfAnyExcept(' ', '\t');
            var tab = text.AsSpan(start, blanks < 0 ? end - start : blanks).IndexOf('\t');
            if (tab >= 0)
            {
                return new Mark(start + tab, line, tab + 1);
            }

            start = end + 1;
        }

        return null;
    }

    // The innermost '[' or '{' still open at the start of the failure's line, when it was opened on an earlier line.
    private static Token? OpenBracketBefore(string text, Mark failedAt)
    {
        var lineStart = text.LastIndexOf('\n', (int)Math.Clamp(failedAt.Index - 1, 0, Math.Max(0, text.Length - 1))) + 1;
        var before = new Scanner(new StringReader(text[..Math.Min(lineStart, text.Length)]));
        var open = new Stack<Token>();
        try
        {
            while (before.MoveNext())
            {
                switch (before.Current)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push(before.Current);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd:
                        open.TryPop(out _);
                        break;
                }
            }
        }
#pragma warning disable CA1031 // The text before the failure may hold other mistakes; what was scanned still locates the bracket.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return open.TryPeek(out var bracket) && bracket.Start.Line < failedAt.Line ? bracket : null;
    }

    // YamlDotNet puts the end of a text without a final line break on a line after it: point at the text's real end instead.
    private static Mark WithinText(Mark mark, string text)
    {
        var (line, column) = (1L, 1L);
        for (var i = 0; i < text.Length; i++)
        {
            // YAML's line breaks: \r\n, \r, \n, NEL, LS and PS.
            if (text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                (line, column) = (line + 1, 1);
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return mark.Line > line || (mark.Line == line && mark.Column > column) ? new Mark(text.Length, line, column) : mark;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the error carries the position already.
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }
}
