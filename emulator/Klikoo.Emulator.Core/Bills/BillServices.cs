using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Bills;

/// <summary>Postpaid bills: generated for any well-shaped account, deterministic from the seed.</summary>
public static class BillServices
{
    public static WebApplicationBuilder AddBills(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new BillGenerator(sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        return builder;
    }
}
