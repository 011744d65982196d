using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Hosting;

/// <summary>How every options class is checked: by its own validator, at start-up, before anything is served.</summary>
public static class SettingsValidation
{
    /// <summary>
    /// Checks the options with <paramref name="validator"/> when the host starts. Every class's problems are collected
    /// before the start fails, so one run names every bad key (the program prints them as one line, exit code 2).
    /// </summary>
    public static OptionsBuilder<TOptions> ValidateOnStartWith<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this OptionsBuilder<TOptions> options, IValidateOptions<TOptions> validator)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Services.AddSingleton(validator);
        return options.ValidateOnStart();
    }
}
