using System.Diagnostics.CodeAnalysis;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Checks a request in the docs/klikoo-interface.md#decisions order; the first failure wins: required fields,
/// credentials, then the order core's checks (<see cref="OrderValidator"/>: product, amount, amount range,
/// destination shape, the ref_id's own shape).
/// </summary>
internal static class IrsRequestValidator
{
    public static bool TryValidate(
        IrsRequest request,
        FixtureCatalog catalog,
        [NotNullWhen(true)] out Order? validated,
        [NotNullWhen(false)] out string? reason) =>
        TryValidate(request, catalog, out validated, out reason, out _);

    /// <summary>Validates, and on refusal also says which check failed, for the journal (<see cref="Diagnosis"/>).</summary>
    public static bool TryValidate(
        IrsRequest request,
        FixtureCatalog catalog,
        [NotNullWhen(true)] out Order? validated,
        [NotNullWhen(false)] out string? reason,
        out Diagnosis diagnosis)
    {
        validated = null;
        diagnosis = default;
        if (request.Problem is { } problem)
        {
            reason = problem;
            diagnosis = new(RejectionCause.RequestProblem);
            return false;
        }

        if (FirstMissingField(request) is { } missing)
        {
            reason = IrsReasons.FieldEmpty(missing);
            diagnosis = new(RejectionCause.MissingField);
            return false;
        }

        var credentials = Authenticate(request, catalog, out var account);
        if (credentials != RejectionCause.None)
        {
            reason = IrsReasons.Credentials;
            diagnosis = new(credentials);
            return false;
        }

        if (!OrderValidator.TryValidate(account!, request.Order, catalog, out validated, out diagnosis))
        {
            reason = IrsReasons.For(diagnosis);
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>The first required field that is missing or empty, in the docs/klikoo-interface.md#decisions order; null when all are there.</summary>
    public static string? FirstMissingField(IrsRequest? request) =>
        request is null ? IrsFields.ClientId
        : string.IsNullOrEmpty(request.ClientId) ? IrsFields.ClientId
        : string.IsNullOrEmpty(request.ClientSecret) ? IrsFields.ClientSecret
        : string.IsNullOrEmpty(request.Idrs) ? IrsFields.Idrs
        : string.IsNullOrEmpty(request.Pin) ? IrsFields.Pin
        : string.IsNullOrEmpty(request.ProductCode) ? IrsFields.ProductCode
        : string.IsNullOrEmpty(request.RefId) ? IrsFields.RefId
        : string.IsNullOrEmpty(request.To) ? IrsFields.To
        : null;

    // Both credentials are compared, so the journal can say which one was wrong (the reply never does).
    private static RejectionCause Authenticate(IrsRequest request, FixtureCatalog catalog, out ClientAccount? account)
    {
        if (!catalog.TryGetClient(request.ClientId, out var found))
        {
            account = null;
            return IsAnyCredential(request.ClientId, catalog) ? RejectionCause.ClientIdIsCredential : RejectionCause.UnknownClient;
        }

        account = found;
        var secret = Credentials.Match(request.ClientSecret, found.ClientSecret);
        var pin = Credentials.Match(request.Pin, found.Pin);
        return (secret, pin) switch
        {
            (true, true) => RejectionCause.None,
            (false, true) => RejectionCause.WrongSecret,
            (true, false) => RejectionCause.WrongPin,
            _ => RejectionCause.WrongSecretAndPin,
        };
    }

    /// <summary>Whether <paramref name="clientId"/> is some client's secret or pin (fields swapped), which the journal must not show.</summary>
    public static bool IsAnyCredential(string? clientId, FixtureCatalog catalog)
    {
        foreach (var client in catalog.Clients.Values)
        {
            if (Credentials.Match(clientId, client.ClientSecret) || Credentials.Match(clientId, client.Pin))
            {
                return true;
            }
        }

        return false;
    }
}
