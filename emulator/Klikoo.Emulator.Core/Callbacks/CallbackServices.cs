using System.Net;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Callbacks;

/// <summary>Callbacks: the per-receiver queues, the senders, the delivery with its retry pipeline, the attempt log.</summary>
public static class CallbackServices
{
    public static WebApplicationBuilder AddCallbacks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CallbackOptions>()
            .Bind(builder.Configuration.GetSection(CallbackOptions.Section))
            .ValidateOnStartWith(new CallbackOptionsValidator());
        services.AddSingleton<CallbackLog>();
        services.AddResettableState<CallbackLog>();
        if (builder.UsesSharedState())
        {
            // docs/shared-state.md: reports leased in Redis, taken over when their replica dies.
            services.AddSingleton<RedisCallbackOutbox>();
            services.AddSingleton<ICallbackOutbox>(sp => sp.GetRequiredService<RedisCallbackOutbox>());
            services.AddHostedService<OrphanedCallbacks>();
        }
        else
        {
            services.AddSingleton<ICallbackOutbox, InProcessOutbox>();
        }

        services.AddSingleton<CallbackQueue>();
        services.AddSingleton<CallbackDelivery>();
        services.AddHostedService<CallbackSender>();

        // The per-attempt deadline and the retries are CallbackDelivery's; the handler only adds limits.
        services.AddHttpClient(CallbackDelivery.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A 3xx is recorded as a failed attempt: following it would let a receiver point the emulator anywhere.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = sp.GetRequiredService<IOptions<CallbackOptions>>().Value.AttemptTimeout,
                MaxResponseHeadersLength = 64, // KiB
                // A body left unread past the cap closes the connection instead of being drained in the background.
                MaxResponseDrainSize = 0,
            });
        services.AddAdminJson(CallbackJsonContext.Default);
        return builder;
    }
}
