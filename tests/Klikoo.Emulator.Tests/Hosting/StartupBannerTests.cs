using Klikoo.Emulator.Fixtures;
using Microsoft.Extensions.Logging;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>The lines logged once the emulator listens; a frozen clock is said there, since every reply carries its time.</summary>
public sealed class StartupBannerTests
{
    [Test]
    public void Log_FrozenClock_SaysItIsFrozenAndAtWhatTimeInWib()
    {
        var lines = Banner(new DateTimeOffset(2024, 11, 29, 3, 59, 32, TimeSpan.Zero).AddTicks(768_240));

        lines.Should().Contain("  Clock:     frozen at 2024-11-29T10:59:32.076824+07:00 (WIB): replies carry this time until it is set or advanced through /__admin/clock");
    }

    [Test]
    public void Log_SystemClock_NoClockLine()
    {
        Banner(frozenAt: null).Should().NotContain(l => l.Contains("Clock:", StringComparison.Ordinal));
    }

    private static string[] Banner(DateTimeOffset? frozenAt)
    {
        var log = new CapturedLog();
        using var factory = new LoggerFactory([log]);
        var fixtures = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System);

        StartupBanner.Log(factory.CreateLogger("Klikoo.Emulator"), ["http://127.0.0.1:5080"], fixtures, frozenAt);

        return log.Lines.Should().ContainSingle().Subject.Split('\n');
    }
}
