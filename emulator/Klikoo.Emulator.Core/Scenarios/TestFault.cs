namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// An opt-in misbehaviour for partners testing their resilience. Klikoo itself always answers 200 with one line,
/// so every fault is labelled as a test aid: the <c>X-Klikoo-Emulator-Fault</c> header says what was done.
/// </summary>
/// <param name="Operations">Which routes it applies to: inquiry, buy or both.</param>
/// <param name="MinDelay">Wait at least this long before answering.</param>
/// <param name="MaxDelay">Wait at most this long; a range picks, from the seed and ref_id, a delay in between.</param>
/// <param name="Drop">Close the connection without a reply.</param>
/// <param name="Garble">Send a cut, malformed line instead of the real one.</param>
/// <param name="Status">Answer with this HTTP 5xx status instead of 200.</param>
public sealed record TestFault(IReadOnlySet<string> Operations, TimeSpan MinDelay, TimeSpan MaxDelay, bool Drop, bool Garble, int? Status)
{
    public const string Header = "X-Klikoo-Emulator-Fault";

    public bool AppliesTo(string operation) => Operations.Contains(operation);
}
