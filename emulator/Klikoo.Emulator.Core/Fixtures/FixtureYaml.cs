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
            context.Error(WithinText(ex.Start, text), WithoutPosition(ex.Message));
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

        if (open.TryPeek(out var bracket))
        {
            var (opened, closer) = bracket is FlowSequenceStart ? ('[', ']') : ('{', '}');
            context.Error(bracket.Start, $"this '{opened}' is not closed before line {failedAt.Line}; close it with '{closer}'");
        }
        else
        {
            context.Error(failedAt, "the YAML cannot be read from here on");
        }
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
