using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>Refuses to start with Klikoo:Callbacks settings outside their ranges, naming every bad key at once.</summary>
internal sealed class CallbackOptionsValidator : IValidateOptions<CallbackOptions>
{
    public const int MaxAttempts = 10;
    public const int MaxQueueCapacity = 1_000_000;
    public const int MaxSenders = 64;
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxDrainTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, CallbackOptions options)
    {
        var problems = new SettingProblems(CallbackOptions.Section);
        problems.Range(nameof(options.Attempts), options.Attempts, 1, MaxAttempts);
        problems.Range(nameof(options.RetryDelay), options.RetryDelay, TimeSpan.Zero, MaxRetryDelay);
        problems.Range(nameof(options.AttemptTimeout), options.AttemptTimeout, TimeSpan.FromMilliseconds(1), MaxAttemptTimeout);
        problems.Range(nameof(options.QueueCapacity), options.QueueCapacity, 1, MaxQueueCapacity);
        problems.Range(nameof(options.QueueCapacityPerReceiver), options.QueueCapacityPerReceiver, 1, MaxQueueCapacity);
        problems.Range(nameof(options.DrainTimeout), options.DrainTimeout, TimeSpan.Zero, MaxDrainTimeout);
        problems.Range(nameof(options.Senders), options.Senders, 1, MaxSenders);
        return problems.Result;
    }
}
