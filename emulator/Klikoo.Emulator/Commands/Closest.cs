namespace Klikoo.Emulator.Commands;

/// <summary>The nearest of some words to a mistyped one, for "did you mean ...?".</summary>
public static class Closest
{
    /// <summary>
    /// The candidate fewest single-character edits (insert, delete, replace, swap) away, ignoring case; of equals, the
    /// one that begins most like the word (Klikoo: Klikoo:Seed rather than webroot), then the first.
    /// </summary>
    public static string To(string word, IReadOnlyList<string> candidates)
    {
        var typed = word.ToUpperInvariant();
        return candidates
            .Select(candidate => (Candidate: candidate, Upper: candidate.ToUpperInvariant()))
            .OrderBy(c => Distance(typed, c.Upper))
            .ThenByDescending(c => typed.Zip(c.Upper).TakeWhile(pair => pair.First == pair.Second).Count())
            .Select(c => c.Candidate)
            .FirstOrDefault() ?? throw new ArgumentException("No candidates.", nameof(candidates));
    }

    /// <summary>Optimal string alignment distance: Levenshtein's, with swapping two neighbours one edit (prot, port).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
