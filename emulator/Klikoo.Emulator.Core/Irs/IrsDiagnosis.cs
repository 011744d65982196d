using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// A refusal of the string interface in words for the journal: its own checks (the request, the method, the fields,
/// the credentials) here, the order core's in <see cref="Diagnosis.Describe"/> with the interface's field names.
/// </summary>
internal static class IrsDiagnosis
{
    private const int ClientIdShown = 8;

    /// <summary>The diagnosis in words, or null when the request was not refused.</summary>
    public static string? Describe(Diagnosis diagnosis, IrsRequest? request, string method) => diagnosis.Cause switch
    {
        RejectionCause.None => null,
        RejectionCause.RequestProblem => request?.Problem is { } problem ? IrsReasons.WithoutPrefix(problem) : "the request could not be read",
        RejectionCause.MethodNotAllowed => $"method {EchoText.Of(method, 10)} not supported: use GET or POST",
        RejectionCause.MissingField => $"{IrsRequestValidator.FirstMissingField(request)} is missing or empty",
        RejectionCause.UnknownClient => "unknown client_id: no such client in the fixtures' clients file",
        RejectionCause.ClientIdIsCredential => "unknown client_id: it is a client's client_secret or pin (fields swapped?)",
        RejectionCause.WrongSecret => $"client_secret does not match client {Abbreviated(request?.ClientId)}",
        RejectionCause.WrongPin => $"pin does not match client {Abbreviated(request?.ClientId)}",
        RejectionCause.WrongSecretAndPin => $"client_secret and pin do not match client {Abbreviated(request?.ClientId)}",
        _ => diagnosis.Describe(request?.Order, OrderFields.StringInterface) ?? diagnosis.Cause.ToString(),
    };

    // Only ever a client id the fixtures know (the request named it and it matched); shortened, as in a log line.
    private static string Abbreviated(string? clientId) =>
        clientId is { Length: > ClientIdShown + 4 } ? string.Concat(clientId.AsSpan(0, ClientIdShown), "...") : clientId ?? "";
}
