namespace Klikoo.Emulator.Admin;

/// <summary>
/// Endpoint metadata: an example of the JSON body an admin call takes, which the 400 for an unreadable body quotes
/// (see <see cref="AdminAccessMiddleware"/>), so a caller learns the shape without opening the OpenAPI document.
/// </summary>
/// <param name="Json">A body the call accepts, as docs/fixtures.md shows it.</param>
public sealed record AdminBodyExample(string Json);
