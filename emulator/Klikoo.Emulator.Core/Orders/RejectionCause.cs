namespace Klikoo.Emulator.Orders;

/// <summary>Which check refused a public request; see <see cref="Diagnosis"/>.</summary>
internal enum RejectionCause : byte
{
    /// <summary>Not refused.</summary>
    None,
    RequestProblem,
    MethodNotAllowed,
    MissingField,
    UnknownClient,
    ClientIdIsCredential,
    WrongSecret,
    WrongPin,
    WrongSecretAndPin,
    UnknownProduct,

    /// <summary>A postpaid product sent to a prepaid route: it is inquired and paid on the Open API (docs/open-api.md#postpaid-bills).</summary>
    PostpaidProduct,
    AmountMissing,
    AmountNotDigits,
    AmountTooLong,
    AmountBelowMinimum,
    AmountAboveMaximum,
    SellingPriceNotDigits,
    WrongDestination,
    RefIdInvalid,
    RefIdUsed,
    RefIdForgotten,
    PendingFull,
    Unexpected,

    /// <summary>The shared state (Redis, docs/shared-state.md) did not answer; the buy may or may not have been recorded.</summary>
    StateUnavailable,
}
