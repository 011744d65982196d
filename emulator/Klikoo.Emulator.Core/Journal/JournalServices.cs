using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Journal;

/// <summary>The journal of public requests, secrets masked.</summary>
public static class JournalServices
{
    public static WebApplicationBuilder AddJournal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JournalOptions>().Bind(builder.Configuration.GetSection(JournalOptions.Section))
            .Validate(
                o => o.Capacity <= 0 || (o.MaxBytes >= o.Capacity * JournalBudget.MinEntryBytes && o.MaxBytes <= JournalBudget.MaxBytes),
                $"Klikoo:Journal:MaxBytes must give each of the Klikoo:Journal:Capacity entries at least {JournalBudget.MinEntryBytes} bytes, and be at most {JournalBudget.MaxBytes} (16 GiB).")
            .ValidateOnStart();
        builder.Services.AddSingleton<RequestJournal>();
        builder.Services.AddResettableState<RequestJournal>();
        builder.Services.AddAdminJson(JournalJsonContext.Default);
        return builder;
    }
}
