using Klikoo.Emulator.Callbacks;
using Microsoft.Extensions.Configuration;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Klikoo:Callbacks settings outside their ranges stop the emulator at start-up, every bad key named.</summary>
public sealed class CallbackOptionsTests
{
    [TestCase("Attempts", "0")]
    [TestCase("Attempts", "11")]
    [TestCase("RetryDelay", "-00:00:01")]
    [TestCase("RetryDelay", "00:01:00.001")]
    [TestCase("AttemptTimeout", "00:00:00")]
    [TestCase("AttemptTimeout", "00:05:00.001")]
    [TestCase("QueueCapacity", "0")]
    [TestCase("QueueCapacity", "1000001")]
    [TestCase("QueueCapacityPerReceiver", "0")]
    [TestCase("QueueCapacityPerReceiver", "1000001")]
    [TestCase("DrainTimeout", "-00:00:00.001")]
    [TestCase("DrainTimeout", "00:05:00.001")]
    [TestCase("Senders", "0")]
    [TestCase("Senders", "65")]
    public void Validate_SettingOutOfRange_NamesTheKey(string key, string value)
    {
        var result = new CallbackOptionsValidator().Validate(null, Bind((key, value)));

        result.Failures.Should().ContainSingle().Which.Should().StartWith($"Klikoo:Callbacks:{key} must be from ");
    }

    [TestCase("Attempts", "1")]
    [TestCase("Attempts", "10")]
    [TestCase("RetryDelay", "00:00:00")]
    [TestCase("RetryDelay", "00:01:00")]
    [TestCase("AttemptTimeout", "00:00:00.001")]
    [TestCase("AttemptTimeout", "00:05:00")]
    [TestCase("QueueCapacity", "1")]
    [TestCase("QueueCapacityPerReceiver", "1000000")]
    [TestCase("DrainTimeout", "00:00:00")]
    [TestCase("Senders", "64")]
    public void Validate_SettingAtTheEdgeOfItsRange_Valid(string key, string value)
    {
        new CallbackOptionsValidator().Validate(null, Bind((key, value))).Succeeded.Should().BeTrue();
    }

    [Test]
    public void Validate_SeveralSettingsWrong_NamesEachOne()
    {
        var result = new CallbackOptionsValidator().Validate(null, Bind(("Attempts", "0"), ("AttemptTimeout", "00:00:00"), ("Senders", "0")));

        result.Failures.Should().BeEquivalentTo(
            "Klikoo:Callbacks:Attempts must be from 1 to 10, not 0.",
            "Klikoo:Callbacks:AttemptTimeout must be from 00:00:00.001 to 00:05:00, not 00:00:00.",
            "Klikoo:Callbacks:Senders must be from 1 to 64, not 0.");
    }

    [Test]
    public async Task Start_SettingsOutOfRange_ExitsNamingEachKey()
    {
        var start = () => EmulatorProcess.StartAsync(["--Klikoo:Callbacks:Attempts=0", "--Klikoo:Callbacks:QueueCapacityPerReceiver=0"]);

        var failure = (await start.Should().ThrowAsync<InvalidOperationException>()).Which;
        failure.Message.Should().Contain("Klikoo:Callbacks:Attempts must be from 1 to 10, not 0.")
            .And.Contain("Klikoo:Callbacks:QueueCapacityPerReceiver must be from 1 to 1000000, not 0.");
    }

    private static CallbackOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{CallbackOptions.Section}:{s.Key}", s.Value)))
            .Build();
        return configuration.GetSection(CallbackOptions.Section).Get<CallbackOptions>()!;
    }
}
