using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Hands YamlDotNet's parser events on to the representation model while enforcing the fixture limits before any
/// node is built: nesting depth (the model is built recursively), the folder's node budget with an alias counted as
/// everything it repeats (so a few hundred bytes cannot stand for billions of nodes), aliases never as mapping keys
/// nor inside the node they name (cycles), keys as single values, no key twice. A breach throws a
/// <see cref="YamlException"/> at the event, so it is reported like any other YAML error.
/// </summary>
internal sealed class LimitedParser(IParser parser, FixtureBudget budget) : IParser
{
    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _openAnchors = new(StringComparer.Ordinal);
    private long _events;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            return false;
        }

        if ((++_events & 1023) == 0)
        {
            budget.CancellationToken.ThrowIfCancellationRequested();
        }

        Check(parser.Current!);
        return true;
    }

    private bool AtKey => _open.TryPeek(out var top) && top.IsMapping && top.AtKey;

    private void Check(ParsingEvent current)
    {
        switch (current)
        {
            case Scalar scalar:
                if (AtKey && !_open.Peek().AddKey(scalar.Value))
                {
                    throw Refuse(scalar, $"duplicate key '{scalar.Value}' in this mapping");
                }

                Spend(scalar, 1);
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor.Value] = 1;
                }

                Completed(1);
                break;
            case AnchorAlias alias:
                var name = alias.Value.Value;
                if (AtKey)
                {
                    throw Refuse(alias, $"an alias (*{name}) cannot be a mapping key");
                }

                if (_openAnchors.ContainsKey(name))
                {
                    throw Refuse(alias, $"the alias *{name} is inside the node it refers to; a cycle cannot be read");
                }

                if (!_anchors.TryGetValue(name, out var size))
                {
                    throw Refuse(alias, $"no anchor &{name} before this alias");
                }

                Spend(alias, size);
                Completed(size);
                break;
            case MappingStart or SequenceStart:
                if (AtKey)
                {
                    throw Refuse(current, "a mapping key must be a single value, not a list or mapping");
                }

                if (_open.Count >= FixtureLimits.MaxDepth)
                {
                    throw Refuse(current, $"lists and mappings nested deeper than {FixtureLimits.MaxDepth} levels");
                }

                Spend(current, 1);
                var anchor = ((NodeEvent)current).Anchor;
                if (!anchor.IsEmpty)
                {
                    _openAnchors[anchor.Value] = _openAnchors.GetValueOrDefault(anchor.Value) + 1;
                }

                _open.Push(new Collection(current is MappingStart, anchor.IsEmpty ? null : anchor.Value));
                break;
            case DocumentStart:
                // Anchors name nodes of their own document only.
                _anchors.Clear();
                break;
            case MappingEnd or SequenceEnd when _open.TryPop(out var closed):
                if (closed.Anchor is { } closedAnchor)
                {
                    _anchors[closedAnchor] = closed.Size;
                    if (--_openAnchors[closedAnchor] == 0)
                    {
                        _openAnchors.Remove(closedAnchor);
                    }
                }

                Completed(closed.Size);
                break;
        }
    }

    // Sizes only grow to the budget, which stops them long before a long could overflow.
    private void Spend(ParsingEvent at, long nodes)
    {
        budget.Nodes += nodes;
        if (budget.Nodes > FixtureLimits.MaxNodes)
        {
            throw Refuse(at, $"more than {FixtureLimits.MaxNodes} values, lists and mappings in the fixtures (an alias counts as everything it repeats)");
        }
    }

    // A node is done: it adds to its parent's size and, in a mapping, turns a key into its value or back.
    private void Completed(long size)
    {
        if (_open.TryPeek(out var parent))
        {
            parent.Size += size;
            parent.AtKey = parent.IsMapping && !parent.AtKey;
        }
    }

    private static YamlException Refuse(ParsingEvent at, string message) => new(at.Start, at.End, message);

    private sealed class Collection(bool isMapping, string? anchor)
    {
        private HashSet<string>? _keys;

        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        /// <summary>In a mapping, whether the next node is a key.</summary>
        public bool AtKey { get; set; } = isMapping;

        /// <summary>Itself and everything inside, aliases expanded.</summary>
        public long Size { get; set; } = 1;

        public bool AddKey(string key) => (_keys ??= new(StringComparer.Ordinal)).Add(key);
    }
}
