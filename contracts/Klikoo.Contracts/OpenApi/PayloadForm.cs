namespace Klikoo.Contracts.OpenApi;

/// <summary>A way of turning a request body into the bytes whose SHA-256 is the signature's <c>hashed_payload</c>.</summary>
public enum PayloadForm
{
    /// <summary>The body's bytes exactly as sent (what <c>JSON.stringify</c> clients hash and send).</summary>
    Raw,

    /// <summary>The body with insignificant whitespace removed, key order and every token's text kept.</summary>
    Minified,

    /// <summary>
    /// The body minified with every object's keys sorted (ordinal, by UTF-8 bytes, recursively), as Go's
    /// <c>json.Marshal</c> of a map writes it; the only form that reproduces the hash printed on Klikoo's
    /// digital-signature page.
    /// </summary>
    SortedKeys,
}
