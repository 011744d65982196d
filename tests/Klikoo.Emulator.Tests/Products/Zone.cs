namespace Klikoo.Emulator.Tests.Products;

/// <summary>Where a game id's zone goes, if it has one.</summary>
internal enum Zone
{
    None,
    Brackets,
    Space,
    Either,
}
