using System.Collections.Frozen;

namespace OcppCsms.Billing.Pricing;

/// <summary>
/// The ISO 4217 currencies a tariff may use (the active alphabetic codes with a minor unit; precious metals, testing
/// codes and fund codes without one are left out) and their minor units, which decide the rounding of a price.
/// </summary>
internal static class Currencies
{
    private static readonly string[] NoDecimals =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly string[] ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    private static readonly string[] FourDecimals = ["CLF", "UYW"];

    private static readonly string[] TwoDecimals =
    [
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB",
        "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC",
        "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
        "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW",
        "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP",
        "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD",
        "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN",
        "UYU", "UZS", "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
    ];

    private static readonly FrozenDictionary<string, int> MinorUnits =
        NoDecimals.Select(code => (code, digits: 0))
            .Concat(TwoDecimals.Select(code => (code, digits: 2)))
            .Concat(ThreeDecimals.Select(code => (code, digits: 3)))
            .Concat(FourDecimals.Select(code => (code, digits: 4)))
            .ToFrozenDictionary(c => c.code, c => c.digits, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is one of the codes above, in capitals as ISO 4217 writes them.</summary>
    public static bool IsKnown(string? code) => code is not null && MinorUnits.ContainsKey(code);

    /// <summary>The digits after the decimal point of <paramref name="currency"/>; 2 for a code not listed.</summary>
    public static int MinorUnit(string currency) => MinorUnits.GetValueOrDefault(currency, 2);

    /// <summary>
    /// Half-up (away from zero at the midpoint, never banker's rounding) to the currency's minor unit, written with
    /// exactly that many decimals (4.8 becomes 4.80 in EUR).
    /// </summary>
    public static decimal Round(decimal amount, string currency)
    {
        var digits = MinorUnit(currency);
        return decimal.Round(amount, digits, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)digits);
    }
}
