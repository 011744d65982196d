namespace Klikoo.Contracts.OpenApi;

/// <summary>One candidate <c>hashed_payload</c> of a body: the form it was made from and its lower-case hex SHA-256.</summary>
/// <param name="Form">How the body was turned into bytes before hashing.</param>
/// <param name="Hash">Lower-case hex SHA-256 of those bytes.</param>
public sealed record PayloadHash(PayloadForm Form, string Hash);
