namespace Klikoo.Emulator.OpenApi;

/// <summary>The Open API's log messages (event ids 400-449); never a secret, key or full token.</summary>
internal static partial class OpenApiLog
{
    [LoggerMessage(400, LogLevel.Error, "Unexpected failure on Open API route {Path}; answered 500 with Klikoo's envelope")]
    public static partial void RouteFailed(ILogger logger, Exception exception, string path);
}
