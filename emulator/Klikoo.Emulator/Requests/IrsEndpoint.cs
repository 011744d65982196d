using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Requests;

/// <summary>
/// What every public IRS route shares: read the request, answer with one R# line, and whatever goes wrong,
/// never a 500, a stack trace or an HTML page (SPEC B).
/// </summary>
internal static class IrsEndpoint
{
    public static readonly string[] Prefixes = ["/klikoo-b2b/v1/irs", "/v1/irs"];

    public delegate RLine Handler(IrsRequest request);

    public delegate RLine Rejection(IrsRequest? request, string reason);

    public static async Task HandleAsync(HttpContext context, Handler handle, Rejection reject, ILogger logger)
    {
        RLine line;
        IrsRequest? request = null;
        try
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
            {
                line = reject(null, IrsReasons.MethodNotAllowed(context.Request.Method));
            }
            else
            {
                request = await IrsRequestReader.ReadAsync(context.Request, context.RequestAborted);
                line = handle(request);
            }
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            EmulatorLog.PublicRouteFailed(logger, ex, context.Request.Path);
            line = reject(request, IrsReasons.ContactAdmin);
        }

        await KlikooReply.WriteAsync(context.Response, line);
    }
}
