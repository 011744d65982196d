using System.ComponentModel;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// <c>/__admin/transactions</c>: list, look at, resolve now, or forget transactions.
/// </summary>
public static class TransactionEndpoints
{
    public static IEndpointRouteBuilder MapTransactions(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/transactions", List).WithName("AdminTransactions").Paged()
            .WithSummary("Transactions, oldest first (order=newest for newest first), one page; filter by clientId, refId or status.");
        admin.MapGet("/transactions/{refId}", Get).WithName("AdminTransaction").WithSummary("One transaction; add clientId when several clients used the ref_id.");
        admin.MapPost("/transactions/{refId}/resolve", Resolve).WithName("AdminTransactionResolve").WithSummary("Ends an INPROGRESS transaction now as success or failed; its callback is sent.")
            .WithMetadata(new AdminBodyExample("""{"result":"success"}"""));
        admin.MapDelete("/transactions/{refId}", Delete).WithName("AdminTransactionDelete").WithSummary("Forgets a transaction, so its ref_id can be used again; balances are not refunded.");
        return app;
    }

    /// <param name="Result">success or failed.</param>
    /// <param name="Reason">The FAILED reason.</param>
    public sealed record ResolveRequest(string Result, string? Reason);

    private static async Task<Results<Ok<List<TransactionSnapshot>>, ValidationProblem>> List(
        HttpResponse response,
        ITransactionStore store,
        [Description("Only this client's transactions.")] string? clientId,
        [Description("Only the transactions with this ref_id.")] string? refId,
        [Description("Only the transactions with this status: inProgress, success or failed.")] string? status,
        [Description("oldest (the default) or newest first.")] string? order,
        [Description(AdminPage.LimitDescription)] int? limit,
        [Description(AdminPage.OffsetDescription)] int? offset)
    {
        var errors = AdminPage.Check(limit, offset);
        TransactionStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<TransactionStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = ["status must be inProgress, success or failed."];
            }
        }

        var newest = string.Equals(order, "newest", StringComparison.OrdinalIgnoreCase);
        if (order is not null && !newest && !string.Equals(order, "oldest", StringComparison.OrdinalIgnoreCase))
        {
            errors["order"] = ["order must be oldest or newest."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Through an index by creation number: without refId or status a page reads only its own transactions.
        var page = await store.PageAsync(
            clientId, refId is null && wanted is null ? null : t => (refId is null || t.Key.RefId == refId) && (wanted is null || t.Status == wanted),
            newest, offset ?? 0, AdminPage.Take(limit));
        return TypedResults.Ok(AdminPage.Counted(response, page.Items, page.Total).ConvertAll(t => t.Snapshot()));
    }

    private static Results<Ok<TransactionSnapshot>, ProblemHttpResult> Get(string refId, string? clientId, ITransactionStore store) =>
        Find(store, refId, clientId) switch
        {
            ({ } transaction, _) => TypedResults.Ok(transaction.Snapshot()),
            (_, var problem) => TypedResults.Problem(problem!),
        };

    private static async Task<Results<Ok<TransactionSnapshot>, ProblemHttpResult, ValidationProblem>> Resolve(
        string refId, string? clientId, ResolveRequest request, ITransactionStore store, OrderService buys)
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

        if (await buys.ResolveAsync(transaction, result, request.Reason ?? "") is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Already final",
                detail: $"Transaction {refId} is {transaction.Status}; a final status never changes.");
        }

        return TypedResults.Ok(transaction.Snapshot());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string refId, string? clientId, ITransactionStore store)
    {
        var (transaction, problem) = Find(store, refId, clientId);
        if (transaction is null)
        {
            return TypedResults.Problem(problem!);
        }

        await store.RemoveAsync(transaction);
        return TypedResults.NoContent();
    }

    private static (Transaction? Transaction, ProblemDetails? Problem) Find(ITransactionStore store, string refId, string? clientId)
    {
        var matches = store.All().Where(t => t.Key.RefId == refId && (clientId is null || t.Key.ClientId == clientId)).Take(2).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such transaction", Detail = $"No transaction has ref_id '{refId}'." }),
            _ => (null, new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Several clients used this ref_id", Detail = "Add ?clientId= to say whose transaction." }),
        };
    }
}
