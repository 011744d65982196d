using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.OpenApi;

/// <summary>Refuses to start with Klikoo:OpenApi settings outside their ranges, naming every bad key.</summary>
internal sealed class OpenApiOptionsValidator : IValidateOptions<OpenApiOptions>
{
    // A day: Klikoo's tokens live 900 s (docs/open-api.md#assumed-not-documented-by-klikoo).
    public const int MaxTokenLifetimeSeconds = 86_400;
    public static readonly TimeSpan MaxTimestampSkew = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, OpenApiOptions options)
    {
        var problems = new SettingProblems(OpenApiOptions.Section);
        problems.Range(nameof(options.TokenLifetimeSeconds), options.TokenLifetimeSeconds, 1, MaxTokenLifetimeSeconds);
        problems.Range(nameof(options.TimestampSkew), options.TimestampSkew, TimeSpan.FromMilliseconds(1), MaxTimestampSkew);
        if (!OpenApiTokenKey.TryParse(options.TokenKey, out _))
        {
            problems.Add(nameof(options.TokenKey), OpenApiTokenKey.Problem);
        }

        return problems.Result;
    }
}
