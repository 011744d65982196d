using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>Buy and check status: the transactions, their ids, the partners' balances.</summary>
public static class TransactionServices
{
    public static WebApplicationBuilder AddTransactions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TransactionOptions>()
            .Bind(builder.Configuration.GetSection(TransactionOptions.Section))
            .Validate(o => o.Capacity >= 1 && o.PendingCapacity >= 1 && o.RememberedRefIds >= 0, "Klikoo:Transactions needs Capacity >= 1, PendingCapacity >= 1 and RememberedRefIds >= 0.")
            .ValidateOnStart();
        services.AddSingleton(sp => new TransactionIds(
            sp.GetRequiredService<IOptions<TransactionOptions>>().Value, sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        services.AddSingleton<TransactionStore>();
        services.AddSingleton<ClientLedger>();
        services.AddSingleton<BuyHandler>();
        services.AddHostedService<ResolveOnClockMove>();
        services.AddResettableState<TransactionStore>();
        services.AddResettableState<ClientLedger>();
        services.AddResettableState<TransactionIds>();
        services.AddAdminJson(TransactionJsonContext.Default, AdminServices.CamelCase<TransactionStatus>());
        return builder;
    }
}
