using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// One Open API route: its path under the prefix, its one method, the service digits of its codes, whether it is
/// signed. Its endpoints carry it as metadata, so the filters around a handler answer in the route's own service.
/// </summary>
/// <param name="Path">The path after <c>/v1/open-api/</c>, e.g. <c>transactions/{transactionId}</c>.</param>
/// <param name="Method">The one method it serves.</param>
/// <param name="Operation">Its name in the journal, after <c>open-api/</c>.</param>
/// <param name="Service">The service digits of its answers' codes.</param>
/// <param name="Name">The endpoint's name.</param>
/// <param name="Signed">Whether a call carries token, timestamp and digital signature (<see cref="OpenApiSignatureFilter"/>).</param>
internal sealed record OpenApiRoute(string Path, string Method, string Operation, OpenApiService Service, string Name, bool Signed)
{
    /// <summary>The one method it serves, as the routing methods take it.</summary>
    public string[] Methods { get; } = [Method];

    /// <summary>Whether <paramref name="path"/> (after the prefix) is this route's, a <c>{parameter}</c> matching any one segment.</summary>
    public bool Matches(ReadOnlySpan<char> path)
    {
        var template = Path.AsSpan();
        foreach (var range in template.Split('/'))
        {
            var segment = template[range];
            var end = path.IndexOf('/');
            var sent = end < 0 ? path : path[..end];
            if (sent.IsEmpty || (segment[0] != '{' && !sent.Equals(segment, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            path = end < 0 ? [] : path[(end + 1)..];
            if (end < 0 && range.End.Value != template.Length)
            {
                return false;
            }
        }

        return path.IsEmpty;
    }
}
