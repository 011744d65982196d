namespace Klikoo.Emulator.Orders;

/// <summary>The order core's services: one for both interfaces.</summary>
public static class OrdersFeature
{
    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrderService>();
        return builder;
    }
}
