using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Journal;

/// <summary>Refuses to start with Klikoo:Journal settings outside their ranges, naming every bad key (docs/limits.md#the-journal).</summary>
internal sealed class JournalOptionsValidator : IValidateOptions<JournalOptions>
{
    // The ring of entries is allocated whole at start-up; the entries' memory is bounded by MaxBytes.
    public const int MaxCapacity = 1_000_000;

    public ValidateOptionsResult Validate(string? name, JournalOptions options)
    {
        var problems = new SettingProblems(JournalOptions.Section);
        problems.Range(nameof(options.Capacity), options.Capacity, 0, MaxCapacity);
        if (options.Capacity > 0 && (options.MaxBytes < options.Capacity * JournalBudget.MinEntryBytes || options.MaxBytes > JournalBudget.MaxBytes))
        {
            problems.Add(nameof(options.MaxBytes),
                $"must give each of the {JournalOptions.Section}:{nameof(options.Capacity)} entries at least {JournalBudget.MinEntryBytes} bytes, " +
                $"and be at most {JournalBudget.MaxBytes} (16 GiB), not {options.MaxBytes}.");
        }

        return problems.Result;
    }
}
