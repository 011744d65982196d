namespace Klikoo.Emulator.Tests.Admin;

/// <summary>
/// Admin calls that change state without a JSON body (reset, reload, delete) carry <c>X-Klikoo-Admin: 1</c>, as every
/// caller must when no token is configured: a web page on another site cannot send it.
/// </summary>
internal static class AdminRequests
{
    public const string Header = "X-Klikoo-Admin";

    public static HttpRequestMessage Create(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(Header, "1");
        return request;
    }

    public static async Task<HttpResponseMessage> AdminPostAsync(this HttpClient client, string path)
    {
        using var request = Create(HttpMethod.Post, path);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> AdminDeleteAsync(this HttpClient client, string path)
    {
        using var request = Create(HttpMethod.Delete, path);
        return await client.SendAsync(request);
    }
}
