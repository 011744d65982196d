namespace Klikoo.Emulator.Commands;

/// <summary>One product of a saved price list (docs/open-api.md#assumed-not-documented-by-klikoo), where it stands in the file.</summary>
/// <param name="Code">The product code as Klikoo sent it; not yet checked against fixture codes.</param>
/// <param name="Name">The display name, empty when the list gives none.</param>
/// <param name="Category">The Open API category (<c>pulsa</c>, <c>emoney</c>, ...).</param>
/// <param name="Price">The <c>agent_price</c> in rupiah.</param>
/// <param name="Enable">Whether Klikoo sells it now.</param>
/// <param name="Line">The line of the product's <c>{</c>.</param>
/// <param name="Column">The column of the product's <c>{</c>.</param>
internal sealed record PriceListRow(string Code, string Name, string Category, long Price, bool Enable, int Line, int Column);
