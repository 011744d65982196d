using System.Globalization;
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
        var problems = new List<string>();
        Check(problems, nameof(options.Attempts), options.Attempts, 1, MaxAttempts);
        Check(problems, nameof(options.RetryDelay), options.RetryDelay, TimeSpan.Zero, MaxRetryDelay);
        Check(problems, nameof(options.AttemptTimeout), options.AttemptTimeout, TimeSpan.FromMilliseconds(1), MaxAttemptTimeout);
        Check(problems, nameof(options.QueueCapacity), options.QueueCapacity, 1, MaxQueueCapacity);
        Check(problems, nameof(options.QueueCapacityPerReceiver), options.QueueCapacityPerReceiver, 1, MaxQueueCapacity);
        Check(problems, nameof(options.DrainTimeout), options.DrainTimeout, TimeSpan.Zero, MaxDrainTimeout);
        Check(problems, nameof(options.Senders), options.Senders, 1, MaxSenders);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check<T>(List<string> problems, string key, T value, T min, T max)
        where T : IComparable<T>, IFormattable
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            problems.Add($"{CallbackOptions.Section}:{key} must be from {Format(min)} to {Format(max)}, not {Format(value)}.");
        }
    }

    // 00:00:00.001 rather than TimeSpan's 00:00:00.0010000.
    private static string Format<T>(T value)
        where T : IFormattable =>
        value is TimeSpan span && span.ToString("c", CultureInfo.InvariantCulture) is var text && text.Contains('.', StringComparison.Ordinal)
            ? text.TrimEnd('0')
            : value.ToString(null, CultureInfo.InvariantCulture);
}
