namespace OcppCsms.Billing.Pricing;

/// <summary>
/// A session's price. <paramref name="Net"/>, <paramref name="Tax"/> and <paramref name="Total"/> are rounded half-up to
/// the currency's minor unit, and Net + Tax == Total; the <paramref name="Lines"/> keep exact amounts (docs/adr/0016).
/// </summary>
/// <param name="IdleTime">All the time after charging ended, the grace period included.</param>
internal sealed record PricedSession(
    TariffRef Tariff,
    string Currency,
    decimal Net,
    decimal Tax,
    decimal Total,
    decimal EnergyWh,
    TimeSpan ChargingTime,
    TimeSpan IdleTime,
    IReadOnlyList<CostLine> Lines);
