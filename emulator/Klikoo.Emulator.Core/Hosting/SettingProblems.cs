using System.Globalization;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Hosting;

/// <summary>
/// What is wrong with one configuration section, each problem naming its full key, so an options validator reports
/// every bad key at once and in one form: <c>Klikoo:Transactions:PendingCapacity must be from 1 to 10000000, not 0.</c>
/// </summary>
public sealed class SettingProblems(string section)
{
    private readonly List<string> _problems = [];

    public ValidateOptionsResult Result => _problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_problems);

    /// <summary>Reports <paramref name="name"/> unless <paramref name="value"/> lies from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public void Range<T>(string name, T value, T min, T max)
        where T : IComparable<T>, IFormattable
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            Add(name, $"must be from {Format(min)} to {Format(max)}, not {Format(value)}.");
        }
    }

    /// <summary>Reports <paramref name="name"/> with <paramref name="problem"/>, which says what it must be, e.g. <c>must not be empty.</c></summary>
    public void Add(string name, string problem) => _problems.Add($"{section}:{name} {problem}");

    // Written as the setting is: 00:00:00.001 rather than TimeSpan's 00:00:00.0010000; instants in ISO 8601.
    private static string Format<T>(T value)
        where T : IFormattable => value switch
        {
            TimeSpan span when span.Ticks % TimeSpan.TicksPerSecond != 0 => span.ToString("c", CultureInfo.InvariantCulture).TrimEnd('0'),
            DateTimeOffset { Offset.Ticks: 0 } instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            _ => value.ToString(null, CultureInfo.InvariantCulture),
        };
}
