using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Clock;

/// <summary>Refuses to start with a Klikoo:Clock:Fixed outside the clock's range or without an offset.</summary>
/// <param name="configuration">The raw setting: the bound value does not show whether an offset was written.</param>
internal sealed class ClockOptionsValidator(IConfiguration configuration) : IValidateOptions<ClockOptions>
{
    public ValidateOptionsResult Validate(string? name, ClockOptions options)
    {
        var problems = new SettingProblems(ClockOptions.Section);
        if (!ClockOptions.HasOffset(configuration[$"{ClockOptions.Section}:{nameof(options.Fixed)}"]))
        {
            problems.Add(nameof(options.Fixed),
                "needs an offset, e.g. 2024-11-29T10:59:32+07:00 (WIB) or 2024-11-29T03:59:32Z: without one it would mean this machine's time zone, and replies would differ between machines.");
        }
        else if (options.Fixed is { } at)
        {
            problems.Range(nameof(options.Fixed), at, ClockOptions.Earliest, ClockOptions.Latest);
        }

        return problems.Result;
    }
}
