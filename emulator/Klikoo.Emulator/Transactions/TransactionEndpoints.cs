using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.Transactions;

/// <summary><c>/__admin/transactions</c>: list, look at, resolve now, or forget transactions.</summary>
internal static class TransactionEndpoints
{
    public static RouteGroupBuilder MapTransactionAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/transactions", List).WithName("AdminTransactions").WithSummary("Transactions, oldest first; filter by clientId, refId or status.");
        admin.MapGet("/transactions/{refId}", Get).WithName("AdminTransaction").WithSummary("One transaction; add clientId when several clients used the ref_id.");
        admin.MapPost("/transactions/{refId}/resolve", Resolve).WithName("AdminTransactionResolve").WithSummary("Ends an INPROGRESS transaction now as success or failed; its callback is sent.");
        admin.MapDelete("/transactions/{refId}", Delete).WithName("AdminTransactionDelete").WithSummary("Forgets a transaction, so its ref_id can be used again; balances are not refunded.");
        return admin;
    }

    /// <param name="Result">success or failed.</param>
    /// <param name="Reason">The FAILED reason.</param>
    public sealed record ResolveRequest(string Result, string? Reason);

    private static Results<Ok<IEnumerable<TransactionSnapshot>>, ValidationProblem> List(TransactionStore store, string? clientId, string? refId, string? status)
    {
        TransactionStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<TransactionStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be inProgress, success or failed."] });
            }

            wanted = parsed;
        }

        return TypedResults.Ok(store.All.Select(t => t.Snapshot())
            .Where(t => (clientId is null || t.ClientId == clientId) && (refId is null || t.RefId == refId) && (wanted is null || t.Status == wanted)));
    }

    private static Results<Ok<TransactionSnapshot>, ProblemHttpResult> Get(string refId, string? clientId, TransactionStore store) =>
        Find(store, refId, clientId) switch
        {
            ({ } transaction, _) => TypedResults.Ok(transaction.Snapshot()),
            (_, var problem) => TypedResults.Problem(problem!),
        };

    private static Results<Ok<TransactionSnapshot>, ProblemHttpResult, ValidationProblem> Resolve(
        string refId, string? clientId, ResolveRequest request, TransactionStore store, BuyHandler buys)
    {
        if (!Enum.TryParse<BuyResult>(request.Result, ignoreCase: true, out var result) || result == BuyResult.Pending || !Enum.IsDefined(result))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["result"] = ["result must be success or failed."] });
        }

        var (transaction, problem) = Find(store, refId, clientId);
        if (transaction is null)
        {
            return TypedResults.Problem(problem!);
        }

        if (buys.Resolve(transaction, result, request.Reason ?? "") is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Already final",
                detail: $"Transaction {refId} is {transaction.Status}; a final status never changes.");
        }

        return TypedResults.Ok(transaction.Snapshot());
    }

    private static Results<NoContent, ProblemHttpResult> Delete(string refId, string? clientId, TransactionStore store)
    {
        var (transaction, problem) = Find(store, refId, clientId);
        if (transaction is null)
        {
            return TypedResults.Problem(problem!);
        }

        store.Remove(transaction);
        return TypedResults.NoContent();
    }

    private static (Transaction? Transaction, ProblemDetails? Problem) Find(TransactionStore store, string refId, string? clientId)
    {
        var matches = store.All.Where(t => t.Key.RefId == refId && (clientId is null || t.Key.ClientId == clientId)).Take(2).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such transaction", Detail = $"No transaction has ref_id '{refId}'." }),
            _ => (null, new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Several clients used this ref_id", Detail = "Add ?clientId= to say whose transaction." }),
        };
    }
}
