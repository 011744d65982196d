namespace Klikoo.Emulator.Products;

/// <summary>How a generated SN looks (docs/klikoo-interface.md#transaction-reports); a closed set of forms.</summary>
public abstract record SerialForm
{
    private SerialForm()
    {
    }

    /// <summary>A reference number of <paramref name="Count"/> digits (e-wallets: 16; Maxim's sample: 7).</summary>
    public sealed record Digits(int Count) : SerialForm;

    /// <summary>A PLN token with the customer: <c>dddd-dddd-dddd-dddd-dddd/NAME/TARIFF/POWER/kWh</c>.</summary>
    public sealed record PlnToken : SerialForm;
}
