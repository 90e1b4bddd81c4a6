using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Api;

/// <summary>
/// A tariff at one version (the current one, or a past one in the versions list). Prices are net as stored; the
/// <c>gross…</c> fields add the tax rate (price × (1 + taxRate)), unrounded, for showing drivers.
/// <c>versionCreatedAt</c>: sessions starting from then are priced with this version, until the next one.
/// </summary>
internal sealed record TariffResponse(
    long Id,
    int Version,
    DateTime VersionCreatedAt,
    DateTime CreatedAt,
    string Name,
    string Currency,
    decimal PricePerKwh,
    decimal PricePerMinute,
    decimal IdlePricePerMinute,
    int IdleGraceMinutes,
    decimal SessionFee,
    decimal? MinPrice,
    decimal? MaxPrice,
    decimal TaxRate,
    bool IsDefault,
    DateTime? ValidFrom,
    DateTime? ValidTo,
    string TimeZone,
    IReadOnlyList<TariffPeriodResponse> Periods,
    decimal GrossPricePerKwh,
    decimal GrossPricePerMinute,
    decimal GrossIdlePricePerMinute,
    decimal GrossSessionFee)
{
    public static TariffResponse From(Tariff tariff, TariffVersion version) => new(
        tariff.Id, version.Version, version.CreatedAt, tariff.CreatedAt, version.Name, version.Currency,
        version.PricePerKwh, version.PricePerMinute, version.IdlePricePerMinute, version.IdleGraceMinutes, version.SessionFee,
        version.MinPrice, version.MaxPrice, version.TaxRate, tariff.IsDefault, version.ValidFrom, version.ValidTo, version.TimeZone,
        version.Periods.OrderBy(p => p.Position).Select(p => TariffPeriodResponse.From(p, version.TaxRate)).ToList(),
        Gross(version.PricePerKwh, version.TaxRate), Gross(version.PricePerMinute, version.TaxRate),
        Gross(version.IdlePricePerMinute, version.TaxRate), Gross(version.SessionFee, version.TaxRate));

    /// <summary>The price with tax, without the trailing zeros the multiplication adds (0.30 × 1.20 is 0.36, not 0.3600).</summary>
    public static decimal Gross(decimal net, decimal taxRate) => net * (1m + taxRate) / 1.000000000000000000000000000000000m;
}
