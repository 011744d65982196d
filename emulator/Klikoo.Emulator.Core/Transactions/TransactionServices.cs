using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;
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
            .ValidateOnStartWith(new TransactionOptionsValidator());
        if (builder.UsesSharedState())
        {
            // docs/shared-state.md: one store, ledger and TRXID counter for every replica, pending ones found by polling.
            services.AddSingleton(sp => new RedisTransactionIds(
                sp.GetRequiredService<IOptions<TransactionOptions>>().Value, sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed,
                sp.GetRequiredService<RedisState>()));
            services.AddSingleton<TransactionIds>(sp => sp.GetRequiredService<RedisTransactionIds>());
            services.AddSingleton<ITransactionStore, RedisTransactionStore>();
            services.AddSingleton<IClientLedger, RedisClientLedger>();
            services.AddHostedService<DuePoller>();
        }
        else
        {
            services.AddSingleton(sp => new TransactionIds(
                sp.GetRequiredService<IOptions<TransactionOptions>>().Value, sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
            services.AddSingleton<ClientLedger>();
            services.AddSingleton<IClientLedger>(sp => sp.GetRequiredService<ClientLedger>());
            services.AddSingleton<TransactionStore>();
            services.AddSingleton<ITransactionStore>(sp => sp.GetRequiredService<TransactionStore>());
        }

        services.AddSingleton<NewTransactions>();
        services.AddHostedService<ResolveOnClockMove>();
        services.AddResettableState<ITransactionStore>();
        services.AddResettableState<IClientLedger>();
        services.AddResettableState<TransactionIds>();
        services.AddAdminJson(TransactionJsonContext.Default, AdminServices.CamelCase<TransactionStatus>());
        return builder;
    }
}
