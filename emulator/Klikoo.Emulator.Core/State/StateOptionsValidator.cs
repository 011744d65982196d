using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.State;

/// <summary>Refuses to start with Klikoo:State settings that cannot work, naming every bad key (docs/shared-state.md).</summary>
internal sealed class StateOptionsValidator : IValidateOptions<StateOptions>
{
    public static readonly TimeSpan MinDuePollInterval = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxDuePollInterval = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        var problems = new SettingProblems(StateOptions.Section);
        if (options.UsesRedis && RedisAddress.Problem(options.Redis!) is { } address)
        {
            problems.Add(nameof(options.Redis), address);
        }

        if (string.IsNullOrWhiteSpace(options.Prefix))
        {
            problems.Add(nameof(options.Prefix), "must not be empty: it keeps several emulators' keys apart.");
        }

        problems.Range(nameof(options.DuePollInterval), options.DuePollInterval, MinDuePollInterval, MaxDuePollInterval);
        return problems.Result;
    }
}
