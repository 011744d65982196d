using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Customers;

/// <summary>Customers: the fixtures' named ones, and a seeded fake for any other destination.</summary>
public static class CustomerServices
{
    public static WebApplicationBuilder AddCustomers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new CustomerGenerator(sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        builder.Services.AddSingleton<CustomerDirectory>();
        return builder;
    }
}
