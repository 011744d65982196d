using System.Reflection;
using FluentAssertions.Execution;
using Klikoo.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>
/// Every options class is bound and checked at start-up one way: a bad value stops the start with one plain line
/// that names its full key, every bad key at once, never a stack trace (docs/configuration.md).
/// </summary>
public sealed class SettingsValidationTests
{
    // Negative, zero, past the type's range either way, empty, not a number, and durations: tried on every key.
    private static readonly string[] BadCandidates =
    [
        "-1", "0", "2147483648", "99999999999999999999", "-99999999999999999999", "", " ", "abc",
        "-00:00:01", "00:00:00", "10675199.02:48:05.4775807", "9999-12-31T23:59:59Z",
    ];

    [Test]
    public void Start_Defaults_Valid() => StartupLine([]).Should().BeNull();

    [TestCase("Klikoo:Transactions:PendingCapacity", "0", "Klikoo:Transactions:PendingCapacity must be from 1 to 10000000, not 0.")]
    [TestCase("Klikoo:Transactions:Capacity", "-1", "Klikoo:Transactions:Capacity must be from 1 to 10000000, not -1.")]
    [TestCase("Klikoo:Transactions:RememberedRefIds", "-1", "Klikoo:Transactions:RememberedRefIds must be from 0 to 10000000, not -1.")]
    [TestCase("Klikoo:Transactions:FirstId", "0", "Klikoo:Transactions:FirstId must be from 1 to 999999999999999, not 0.")]
    [TestCase("Klikoo:Journal:Capacity", "-1", "Klikoo:Journal:Capacity must be from 0 to 1000000, not -1.")]
    [TestCase("Klikoo:OpenApi:TokenLifetimeSeconds", "0", "Klikoo:OpenApi:TokenLifetimeSeconds must be from 1 to 86400, not 0.")]
    [TestCase("Klikoo:OpenApi:TimestampSkew", "00:00:00", "Klikoo:OpenApi:TimestampSkew must be from 00:00:00.001 to 3650.00:00:00, not 00:00:00.")]
    [TestCase("Klikoo:State:Prefix", " ", "Klikoo:State:Prefix must not be empty: it keeps several emulators' keys apart.")]
    [TestCase("Klikoo:State:DuePollInterval", "00:00:00.001", "Klikoo:State:DuePollInterval must be from 00:00:00.01 to 00:01:00, not 00:00:00.001.")]
    [TestCase("Klikoo:Callbacks:Senders", "65", "Klikoo:Callbacks:Senders must be from 1 to 64, not 65.")]
    [TestCase("Klikoo:Clock:Fixed", "1999-12-31T23:59:59Z", "Klikoo:Clock:Fixed must be from 2000-01-01T00:00:00Z to 2100-12-31T23:59:59.9999999Z, not 1999-12-31T23:59:59Z.")]
    public void Start_ValueOutOfRange_OneLineNamingTheKey(string key, string value, string expected) =>
        StartupLine(new() { [key] = value }).Should().Be($"invalid setting: {expected}");

    [Test]
    public void Start_BadKeysInSeveralSections_EveryOneNamedOnOneLine()
    {
        var line = StartupLine(new()
        {
            ["Klikoo:Transactions:Capacity"] = "0",
            ["Klikoo:Transactions:PendingCapacity"] = "0",
            ["Klikoo:Callbacks:Attempts"] = "0",
            ["Klikoo:Journal:Capacity"] = "-5",
        });

        line.Should().StartWith("invalid setting: ").And.NotContain("\n")
            .And.Contain("Klikoo:Transactions:Capacity must be")
            .And.Contain("Klikoo:Transactions:PendingCapacity must be")
            .And.Contain("Klikoo:Callbacks:Attempts must be")
            .And.Contain("Klikoo:Journal:Capacity must be");
    }

    [Test]
    public void Start_BadValueForEveryKeyOfEveryOptionsClass_StartsOrNamesThatKeyOnOneLine()
    {
        var keys = Keys();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        using (new AssertionScope())
        {
            keys.Select(k => k.Key).Should().HaveCountGreaterThan(20).And.Contain("Klikoo:Clock:Fixed").And.Contain("Klikoo:Callbacks:Attempts");
            foreach (var (key, numeric) in keys)
            {
                foreach (var value in BadCandidates)
                {
                    if (StartupLine(new() { [key] = value }) is { } line)
                    {
                        line.Should().StartWith("invalid setting: ", $"{key}={value}").And.Contain(key, $"{key}={value}").And.NotContain("\n");
                        refused.Add(key);
                    }
                }

                if (numeric)
                {
                    refused.Should().Contain(key, "a number or duration past its type's range cannot start");
                }
            }
        }
    }

    // Every Klikoo options class (a type named *Options with a Section constant), each settable scalar property a key.
    private static List<(string Key, bool Numeric)> Keys() =>
        [.. typeof(KlikooOptions).Assembly.GetTypes()
            .Select(type => (Type: type, Section: type.GetField("Section")?.GetRawConstantValue() as string))
            .Where(t => t.Section?.StartsWith("Klikoo", StringComparison.Ordinal) == true && t.Type.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
                .Select(p => ($"{t.Section}:{p.Name}", Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
                .Select(p => (p.Item1, p.Item2 == typeof(int) || p.Item2 == typeof(long) || p.Item2 == typeof(TimeSpan))))];

    // Builds the emulator as the program does and runs the start-up checks; the one line the program would print, or null.
    private static string? StartupLine(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Klikoo:Fixtures"] = RepositoryPaths.Fixtures;
        try
        {
            var app = builder.AddKlikooEmulator().Build();
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (Exception ex)
        {
            return StartupProblem.ForSetting(ex) ?? throw new AssertionException($"not reported as a setting: {ex}");
        }
    }
}
