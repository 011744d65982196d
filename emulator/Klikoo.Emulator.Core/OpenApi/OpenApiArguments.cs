namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// How a filter hands a handler what it read: a handler's parameters are bound before the filters run, so the
/// filter replaces the bound placeholder in the arguments the handler is then called with.
/// </summary>
internal static class OpenApiArguments
{
    public static void Supply<T>(EndpointFilterInvocationContext context, T value)
        where T : class
    {
        var arguments = context.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is T)
            {
                arguments[i] = value;
            }
        }
    }

    /// <summary>The route the request reached, which every Open API endpoint but the catch-all carries.</summary>
    public static OpenApiRoute Route(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OpenApiRoute>() ?? throw new InvalidOperationException($"{context.Request.Path} is not an Open API route");
}
