using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Microsoft.Net.Http.Headers;

namespace Klikoo.Emulator.Welcome;

/// <summary>
/// <c>GET /</c>: what the emulator serves, for a newcomer (see <see cref="WelcomePage"/>); and a short 404 text that
/// points there, in place of an empty 404 on an unknown path.
/// </summary>
public static class WelcomeEndpoints
{
    public const string NotFoundText =
        "Not found. The Klikoo Emulator serves /klikoo-b2b/v1/irs/inquiry and /buy (also under /v1/irs); GET / lists every route.\n";

    private const string PlainText = "text/plain; charset=utf-8";
    private const string Html = "text/html; charset=utf-8";

    /// <summary>
    /// Maps <c>GET /</c> without the admin access rule: like the public routes it serves any caller, since it shows
    /// routes and client ids only (a client id is the Otomax username; secrets and pins stay in the fixtures), and
    /// the integrator who needs it most sits on another machine, pointing Otomax at the emulator. Also answers
    /// every path no endpoint matched (<see cref="UseNotFoundPointer"/>), so it is mapped last.
    /// </summary>
    public static WebApplication MapWelcome(this WebApplication app)
    {
        app.UseNotFoundPointer();
        app.MapGet("/", Welcome).WithName("Welcome").ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Answers a path no endpoint matched, where ASP.NET would send an empty 404: a short text, or ProblemDetails
    /// under <c>/__admin</c>. Routing has chosen the endpoint already, so a matched request (a 405 included) passes
    /// straight on, at no cost.
    /// </summary>
    private static IApplicationBuilder UseNotFoundPointer(this IApplicationBuilder app) =>
        app.Use(static (context, next) => context.GetEndpoint() is null ? WriteNotFoundAsync(context) : next(context));

    private static Task WriteNotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        if (http.Request.Path.StartsWithSegments(AdminEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "No such admin route",
                    Detail = $"The admin API is described at {AdminEndpoints.Prefix}/openapi.json; the dashboard is {AdminEndpoints.Prefix}/ui.",
                },
            }).AsTask();
        }

        http.Response.ContentType = PlainText;
        return http.Response.WriteAsync(NotFoundText, http.RequestAborted);
    }

    private static IResult Welcome(HttpRequest request, FixtureStore fixtures, EndpointDataSource endpoints)
    {
        var page = WelcomePage.For(fixtures.Current, OpenApiRoutes(endpoints));
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return PrefersHtml(request) ? Results.Text(page.Html(baseUrl), Html) : Results.Text(page.Text(baseUrl), PlainText);
    }

    // Read from the routes mapped, so a new Open API call is listed without being written down twice.
    private static string[] OpenApiRoutes(EndpointDataSource endpoints) =>
        [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(WelcomePage.OpenApiPrefix + "/", StringComparison.Ordinal) == true)
            // Only the calls: the catch-all that answers other methods and unknown paths has no method of its own.
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => $"{method,-4} {e.RoutePattern.RawText![WelcomePage.OpenApiPrefix.Length..]}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    // HTML only when the client ranks text/html above text/plain (a browser does; curl's */* ties, so it gets text).
    private static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        return Quality(accepted, "text", "html") > Quality(accepted, "text", "plain");
    }

    // The quality of the most specific range that covers type/subtype (RFC 9110, 12.5.1); 0 when none does.
    private static double Quality(IList<MediaTypeHeaderValue> accepted, string type, string subtype)
    {
        var best = (Specificity: -1, Quality: 0.0);
        foreach (var range in accepted)
        {
            var specificity =
                range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2
                : range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && range.SubType.Equals("*", StringComparison.Ordinal) ? 1
                : range.MatchesAllTypes ? 0
                : -1;
            if (specificity > best.Specificity)
            {
                best = (specificity, range.Quality ?? 1.0);
            }
        }

        return best.Quality;
    }
}
