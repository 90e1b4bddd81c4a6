using OcppCsms.Billing.Pricing;

namespace OcppCsms.Billing.Tests;

public sealed class CurrenciesTests
{
    [Theory]
    [InlineData("EUR", true)]
    [InlineData("JPY", true)]
    [InlineData("KWD", true)]
    [InlineData("eur", false)] // ISO 4217 writes codes in capitals
    [InlineData("XAU", false)] // gold has no minor unit: not a price currency
    [InlineData("EURO", false)]
    [InlineData("ABC", false)]
    [InlineData(null, false)]
    public void Only_active_iso_4217_codes_with_a_minor_unit_are_known(string? code, bool known) =>
        Assert.Equal(known, Currencies.IsKnown(code));

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    public void The_minor_unit_decides_the_decimals(string code, int digits) => Assert.Equal(digits, Currencies.MinorUnit(code));
}
