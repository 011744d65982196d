using System.Net.Http.Headers;

namespace Klikoo.Emulator.Commands;

/// <summary><c>healthcheck [url]</c>: for Docker's HEALTHCHECK, which has no curl in the ASP.NET runtime image.</summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    /// <summary>
    /// Klikoo:Admin:Token as a container gets it. With a token set, /__admin/health answers only callers that send it,
    /// even on loopback: without it, every replica behind a load balancer (which needs a token) would look unhealthy.
    /// </summary>
    public const string TokenVariable = "Klikoo__Admin__Token";

    public static Task<int> RunAsync(IReadOnlyList<string> arguments) =>
        RunAsync(arguments, Environment.GetEnvironmentVariable(TokenVariable));

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, string? adminToken)
    {
        var baseUrl = arguments.Count > 0 ? arguments[0] : EmulatorHosting.DefaultUrl;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(baseUrl), "/__admin/health"));
            if (adminToken is { Length: > 0 })
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            }

            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"unhealthy: /__admin/health answered HTTP {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or FormatException)
        {
            await Console.Error.WriteLineAsync($"unhealthy: {ex.Message}");
            return 1;
        }
    }
}
