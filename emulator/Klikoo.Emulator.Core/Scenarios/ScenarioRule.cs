using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// A scenario rule from the fixtures: when a request matches every condition set, the rule decides the outcome.
/// Lower <see cref="Priority"/> is tried first (WireMock's convention); ties go to the rule read first. A rule may
/// decide a buy's outcome, make inquiries fail, and add a test fault; each is looked up on its own.
/// </summary>
public sealed record ScenarioRule(
    string Name,
    int Priority,
    int Order,
    IReadOnlySet<string>? Products,
    TextMatch? Destination,
    TextMatch? RefId,
    long? MinAmount,
    long? MaxAmount,
    string? ClientId,
    BuyOutcome? Buy,
    string? InquiryFailure = null,
    TestFault? Fault = null)
{
    internal bool Matches(Order request) =>
        (Products is null || Products.Contains(request.Product.Code)) &&
        (Destination is null || Destination.Matches(request.Destination)) &&
        (RefId is null || RefId.Matches(request.RefId)) &&
        (MinAmount is null || request.Amount >= MinAmount) &&
        (MaxAmount is null || request.Amount <= MaxAmount) &&
        (ClientId is null || string.Equals(ClientId, request.Account.ClientId, StringComparison.Ordinal));
}
