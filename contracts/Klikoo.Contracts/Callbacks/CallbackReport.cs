using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Callbacks;

/// <summary>A transaction report delivered to the partner's callback URL.</summary>
/// <param name="Line">The report: final (SUCCESS, FAILED) or INPROGRESS.</param>
/// <param name="RefId">The partner's transaction id the report is for.</param>
public sealed record CallbackReport(TransactionLine Line, string RefId);
