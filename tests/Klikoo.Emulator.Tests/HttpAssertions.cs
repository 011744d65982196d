using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests;

/// <summary>What every public reply must be (docs/klikoo-interface.md#decisions): HTTP 200, text/plain UTF-8, exactly one R# line.</summary>
internal static class HttpAssertions
{
    public static async Task<string> ShouldBeKlikooLineAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using (new AssertionScope())
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
            body.Should().StartWith("R#");
            body.Should().NotContainAny("\r", "\n", "\u2028", "\u2029");
        }

        return body;
    }
}
