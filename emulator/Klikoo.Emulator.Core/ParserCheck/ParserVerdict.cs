namespace Klikoo.Emulator.ParserCheck;

/// <summary>What a partner's pattern made of one reply (docs/otomax.md#check-your-parser).</summary>
public enum ParserVerdict
{
    /// <summary>The line carries the value and the pattern captured exactly it.</summary>
    Exact,

    /// <summary>The line carries the value; the pattern matched but captured something else (<c>.../900VA/33</c> of <c>.../900VA/33.7</c>).</summary>
    WrongCapture,

    /// <summary>The line carries the value; the pattern did not match it.</summary>
    Missed,

    /// <summary>The line carries no such value, yet the pattern matched: Otomax would read one that is not there.</summary>
    FalseMatch,

    /// <summary>The line carries no such value and the pattern rightly did not match.</summary>
    NoValue,
}
