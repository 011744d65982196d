namespace Klikoo.Emulator.Commands;

/// <summary><c>healthcheck [url]</c>: for Docker's HEALTHCHECK, which has no curl in the ASP.NET runtime image.</summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var baseUrl = arguments.Count > 0 ? arguments[0] : EmulatorHosting.DefaultUrl;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(baseUrl), "/__admin/health"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"unhealthy: {ex.Message}");
            return 1;
        }
    }
}
