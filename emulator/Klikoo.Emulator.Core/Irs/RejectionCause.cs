namespace Klikoo.Emulator.Irs;

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
}
