namespace Klikoo.Emulator.Clock;

/// <summary>
/// Real time, for the few places that truly need it whatever the emulator's clock says: the running clock when
/// none is frozen, the fixture watcher's poll, fault delays (a slow reply is slow in real time) and start-up
/// budgets. Everything else reads <see cref="EmulatorClock"/>, which tests freeze and move; TimeProvider.System
/// (the system clock) is banned elsewhere (BannedSymbols.txt), so a new use of real time is a decision made here.
/// </summary>
public static class WallClock
{
#pragma warning disable RS0030 // The one allowed use of the system clock.
    public static TimeProvider Instance { get; } = TimeProvider.System;
#pragma warning restore RS0030
}
