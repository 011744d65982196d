using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// One buy, created once per (client_id, ref_id). It starts pending (INPROGRESS) and resolves, to SUCCESS or FAILED,
/// exactly once under its lock; every re-check reads its current state. The code that resolves it (OrderService)
/// charges the client's ledger; the transaction only records what that decided.
/// </summary>
internal sealed class Transaction
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private TransactionStatus _status = TransactionStatus.InProgress;
    private string? _reason;
    private BalanceChange _balance;
    private DateTimeOffset? _resolvedAt;
    private int _holdsPendingRoom;

    public Transaction(
        TransactionKey key,
        ClientAccount account,
        Order request,
        string transactionId,
        string serialNumber,
        BuyOutcome outcome,
        string? ruleName,
        DateTimeOffset createdAt,
        long sequence)
    {
        Key = key;
        Sequence = sequence;
        Account = account;
        Product = request.Product;
        Destination = request.Destination;
        Amount = request.Amount;
        TransactionId = transactionId;
        SerialNumber = serialNumber;
        Outcome = outcome;
        RuleName = ruleName;
        CreatedAt = createdAt;
        ViaOpenApi = request.ViaOpenApi;
        ResolveAt = outcome.Result == BuyResult.Pending ? null : createdAt + (outcome.PendingFor ?? TimeSpan.Zero);
        Price = request.Price;
    }

    /// <summary>A transaction read back from a shared store (RedisTransactionStore), in the state it was stored in.</summary>
    public Transaction(TransactionRecord record, ClientAccount account, Product product)
    {
        Key = record.Key;
        Sequence = record.Sequence;
        Account = account;
        Product = product;
        Destination = record.Destination;
        Amount = record.Amount;
        TransactionId = record.TransactionId;
        SerialNumber = record.SerialNumber;
        Outcome = new BuyOutcome(record.Result, Reason: record.OutcomeReason);
        RuleName = record.RuleName;
        CreatedAt = record.CreatedAt;
        ViaOpenApi = record.ViaOpenApi;
        ResolveAt = record.ResolveAt;
        Price = record.Price;
        _holdsPendingRoom = record.HoldsPendingRoom ? 1 : 0;
        Restore(record.Status, record.FailedReason, record.Balance, record.ResolvedAt);
    }

    public TransactionKey Key { get; }

    /// <summary>Creation order in this run: under a frozen clock every transaction has the same CreatedAt.</summary>
    public long Sequence { get; }

    public ClientAccount Account { get; }

    public Product Product { get; }

    public string Destination { get; }

    public long? Amount { get; }

    /// <summary>What it costs the client: fixed when the transaction is made, whatever the catalogue says later.</summary>
    public long Price { get; }

    public string TransactionId { get; }

    public string SerialNumber { get; }

    public BuyOutcome Outcome { get; }

    /// <summary>The scenario rule that decided the outcome, or null for the default (SUCCESS).</summary>
    public string? RuleName { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Whether it was bought through the Open API (docs/open-api.md): its report is the JSON purchase callback.</summary>
    public bool ViaOpenApi { get; }

    /// <summary>When the transaction resolves by itself; null when it stays pending until resolved through the admin API.</summary>
    public DateTimeOffset? ResolveAt { get; }

    public TransactionStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Whether a re-sent buy is the same request: same product, destination and amount (docs/klikoo-interface.md#decisions).</summary>
    public bool IsSameRequest(Order request) =>
        string.Equals(Product.Code, request.Product.Code, StringComparison.Ordinal) &&
        string.Equals(Destination, request.Destination, StringComparison.Ordinal) &&
        Amount == request.Amount;

    /// <summary>
    /// Resolves the transaction when it is due, or now with <paramref name="force"/>: <paramref name="settle"/> turns
    /// the result into the final state (charging the ledger), called at most once, under the transaction's lock.
    /// Returns the final line only to the one call that resolved it, so its callback is sent once; null otherwise.
    /// </summary>
    public TransactionLine? TryResolve(DateTimeOffset now, BuyResult? force, Func<BuyResult, Resolution> settle)
    {
        lock (_gate)
        {
            if (_status != TransactionStatus.InProgress || (force is null && (ResolveAt is null || ResolveAt > now)))
            {
                return null;
            }

            var resolution = settle(force ?? Outcome.Result);
            _status = resolution.Status;
            _reason = resolution.Reason;
            _balance = resolution.Balance;
            _resolvedAt = now;
            _timer?.Dispose();
            _timer = null;
            return LineAtLocked(now);
        }
    }

    /// <summary>Takes the state a shared store holds for this transaction (another replica may have resolved it).</summary>
    public void Restore(TransactionStatus status, string? reason, BalanceChange balance, DateTimeOffset? resolvedAt)
    {
        lock (_gate)
        {
            _status = status;
            _reason = reason;
            _balance = balance;
            _resolvedAt = resolvedAt;
        }
    }

    /// <summary>Whether the transaction holds one of the store's pending rooms.</summary>
    public bool HoldsPendingRoom => Volatile.Read(ref _holdsPendingRoom) == 1;

    /// <summary>Marks that the transaction holds one of the store's pending rooms until it resolves or is removed.</summary>
    public void HoldPendingRoom() => Volatile.Write(ref _holdsPendingRoom, 1);

    /// <summary>Gives the room back: true to the one caller that should count it free.</summary>
    public bool ReleasePendingRoom() => Interlocked.Exchange(ref _holdsPendingRoom, 0) == 1;

    /// <summary>Keeps the timer that will resolve the transaction when it is due.</summary>
    public void Schedule(ITimer timer)
    {
        lock (_gate)
        {
            if (_status == TransactionStatus.InProgress)
            {
                _timer?.Dispose();
                _timer = timer;
                return;
            }
        }

        timer.Dispose();
    }

    /// <summary>Stops the transaction's timer: it was forgotten (admin delete or reset) and must not resolve later.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>The line a buy or re-check gets now: the current state, stamped with the current time.</summary>
    public TransactionLine LineAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return LineAtLocked(now);
        }
    }

    public TransactionSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new TransactionSnapshot(
                Key.ClientId, Key.RefId, TransactionId, Product.Code, Destination, Amount, Price, _status, _reason,
                _status == TransactionStatus.Success ? SerialNumber : null,
                _resolvedAt is null ? null : _balance, CreatedAt, ResolveAt, _resolvedAt, RuleName);
        }
    }

    private TransactionLine LineAtLocked(DateTimeOffset now) => _status switch
    {
        TransactionStatus.InProgress => new InProgressLine(Key.RefId, Product.Code, Destination, TransactionId, now),
        TransactionStatus.Success => new SuccessLine(Key.RefId, Product.Code, Destination, SerialNumber, TransactionId, _balance, now),
        _ => new FailedLine(Key.RefId, Product.Code, Destination, _reason ?? "", TransactionId, _balance, now),
    };
}
