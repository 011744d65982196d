using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Journal;

/// <summary>The journal of public requests, secrets masked.</summary>
public static class JournalServices
{
    public static WebApplicationBuilder AddJournal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JournalOptions>().Bind(builder.Configuration.GetSection(JournalOptions.Section))
            .ValidateOnStartWith(new JournalOptionsValidator());
        builder.Services.AddSingleton<RequestJournal>();
        builder.Services.AddResettableState<RequestJournal>();
        builder.Services.AddAdminJson(JournalJsonContext.Default);
        return builder;
    }
}
