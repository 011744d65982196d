using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Products;

public sealed class DestinationShapeTests
{
    [TestCase(DestinationShape.Phone, "0817345544", true)]
    [TestCase(DestinationShape.Phone, "081000000001", true)]
    [TestCase(DestinationShape.Phone, "0812345678901", true)]
    [TestCase(DestinationShape.Phone, "08123456789012", false)]
    [TestCase(DestinationShape.Phone, "081234567", false)]
    [TestCase(DestinationShape.Phone, "6281234567890", false)]
    [TestCase(DestinationShape.PlnNumber, "01105691111", true)]
    [TestCase(DestinationShape.PlnNumber, "521234567890", true)]
    [TestCase(DestinationShape.PlnNumber, "0110569111", false)]
    [TestCase(DestinationShape.MaximDriver, "48429495", true)]
    [TestCase(DestinationShape.MaximDriver, "1234", false)]
    [TestCase(DestinationShape.Phone, "０８１２３４５６７８９０", false)]
    [TestCase(DestinationShape.PlnNumber, "٠١١٠٥٦٩١١١١", false)]
    public void Matches_Destination_AsDocumented(DestinationShape shape, string destination, bool matches)
    {
        shape.Matches(destination).Should().Be(matches);
    }
}
