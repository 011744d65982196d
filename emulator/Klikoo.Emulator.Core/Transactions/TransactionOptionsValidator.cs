using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>Refuses to start with Klikoo:Transactions settings outside their ranges, naming every bad key.</summary>
internal sealed class TransactionOptionsValidator : IValidateOptions<TransactionOptions>
{
    // Bounds that keep memory finite (each kept transaction is a few hundred bytes, a remembered ref_id about 20).
    public const int MaxCapacity = 10_000_000;
    public const int MaxRememberedRefIds = 10_000_000;

    // A counter TRXID stays 15 digits at most, as Klikoo's numeric fields are.
    public const long MaxFirstId = 999_999_999_999_999;

    public ValidateOptionsResult Validate(string? name, TransactionOptions options)
    {
        var problems = new SettingProblems(TransactionOptions.Section);
        if (!Enum.IsDefined(options.Ids))
        {
            problems.Add(nameof(options.Ids), $"must be {nameof(TransactionIdStyle.Counter)} or {nameof(TransactionIdStyle.Uuid)}.");
        }

        problems.Range(nameof(options.FirstId), options.FirstId, 1, MaxFirstId);
        problems.Range(nameof(options.Capacity), options.Capacity, 1, MaxCapacity);
        problems.Range(nameof(options.PendingCapacity), options.PendingCapacity, 1, MaxCapacity);
        problems.Range(nameof(options.RememberedRefIds), options.RememberedRefIds, 0, MaxRememberedRefIds);
        return problems.Result;
    }
}
