namespace Klikoo.Emulator.Fixtures;

/// <summary>The fixtures feature's log messages, source-generated so a disabled level costs nothing (event ids are unique across the emulator).</summary>
internal static partial class FixtureLog
{
    [LoggerMessage(2, LogLevel.Critical, "{Message}")]
    public static partial void FixturesInvalid(ILogger logger, string message);

    [LoggerMessage(1, LogLevel.Information, "Serving fixtures from {Folder}: {Files} file(s), {Products} product(s), {Customers} customer(s), {Clients} client(s)")]
    public static partial void FixturesServed(ILogger logger, string folder, int files, int products, int customers, int clients);

    [LoggerMessage(5, LogLevel.Error, "Fixtures in {Folder} were not reloaded; the last good ones are still served:\n{Errors}")]
    public static partial void FixturesReloadFailed(ILogger logger, string folder, string errors);

    [LoggerMessage(8, LogLevel.Warning, "The fixtures folder {Folder} has no .yaml file: with no product and no client every request is refused until files are added (they are served within a second). Is it the folder you meant? (Klikoo:Fixtures, --fixtures)")]
    public static partial void FolderEmpty(ILogger logger, string folder);

    public static void FixturesServed(ILogger logger, FixtureStore store) =>
        FixturesServed(logger, store.Folder, store.Current.Files.Count, store.Current.Products.Count, store.Current.CustomerCount, store.Current.Clients.Count);
}
