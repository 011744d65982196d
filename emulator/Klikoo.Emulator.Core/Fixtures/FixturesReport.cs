namespace Klikoo.Emulator.Fixtures;

/// <summary><c>GET /__admin/fixtures</c>: the folder, its files, what they hold, and the last reload with its errors.</summary>
/// <param name="Folder">The fixtures folder served.</param>
/// <param name="Files">Its fixture files, relative to it.</param>
/// <param name="Products">Products in the catalogue.</param>
/// <param name="Families">The families with products, each with its category, a few codes and an example destination.</param>
/// <param name="Customers">Customers the fixtures name.</param>
/// <param name="Clients">Partner accounts.</param>
/// <param name="Scenarios">The scenario rules, in the order they are tried.</param>
/// <param name="Reloading">Whether a reload is running now.</param>
/// <param name="LastReload">The last load of the folder: served or, with its errors, not.</param>
public sealed record FixturesReport(
    string Folder,
    IReadOnlyList<string> Files,
    int Products,
    IReadOnlyList<CatalogueFamily> Families,
    int Customers,
    int Clients,
    IReadOnlyList<FixturesReport.ScenarioSummary> Scenarios,
    bool Reloading,
    FixtureReload LastReload)
{
    /// <param name="Name">The rule's name.</param>
    /// <param name="Priority">Lower is tried first.</param>
    public sealed record ScenarioSummary(string Name, int Priority);
}
