using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Products;

public sealed class FamilyDisplayTests
{
    [TestCase("Customer Name", "C**tomer Na**")]
    [TestCase("Budi Santoso", "B**i Santo**")]
    [TestCase("Agus", "A***")]
    [TestCase("A", "A")]
    [TestCase("", "")]
    public void Mask_Name_HidesAsKlikooDoes(string name, string masked)
    {
        FamilyDisplay.Mask(name).Should().Be(masked);
    }
}
