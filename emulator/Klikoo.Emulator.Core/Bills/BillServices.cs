using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Bills;

/// <summary>Postpaid bills: generated for any well-shaped account, deterministic from the seed; each client's quotes and the bills paid.</summary>
public static class BillServices
{
    public static WebApplicationBuilder AddBills(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new BillGenerator(sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        if (builder.UsesSharedState())
        {
            builder.Services.AddSingleton<IBillQuotes, RedisBillQuotes>();
        }
        else
        {
            builder.Services.AddSingleton<IBillQuotes, BillQuotes>();
        }

        builder.Services.AddResettableState<IBillQuotes>();
        return builder;
    }
}
