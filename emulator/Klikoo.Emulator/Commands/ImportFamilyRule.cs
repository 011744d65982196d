namespace Klikoo.Emulator.Commands;

/// <summary>
/// One row of <see cref="ImportFamilies.Rules"/>: a product of <paramref name="Category"/> whose code starts with, or
/// whose name holds the word, one of <paramref name="Keywords"/> belongs to <paramref name="Family"/>. A category
/// with one family needs no keyword.
/// </summary>
internal sealed record ImportFamilyRule(string Category, string Family, params string[] Keywords);
