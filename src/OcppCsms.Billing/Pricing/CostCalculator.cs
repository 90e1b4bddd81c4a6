using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Pricing;

/// <summary>
/// Prices one session with one tariff version: energy and charging time per period, idle time beyond the grace period,
/// the session fee, then the minimum and maximum price as adjustment lines, then tax; exact decimals throughout and one
/// rounding of the totals (docs/adr/0016). Pure: the same inputs give the same price.
/// </summary>
internal static class CostCalculator
{
    /// <exception cref="TimeZoneNotFoundException">The tariff's time zone is unknown on this machine.</exception>
    public static PricedSession Price(TariffVersion tariff, BillableSession session)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tariff.TimeZone);
        var started = DateTime.SpecifyKind(session.StartedAt, DateTimeKind.Utc);
        // A stop before the start (a station clock set back) is a session of no duration.
        var stopped = session.StoppedAt > started ? DateTime.SpecifyKind(session.StoppedAt, DateTimeKind.Utc) : started;
        var energy = EnergyCurve.Of(session with { StartedAt = started }, stopped);
        var chargingEnd = energy.ChargingEnd;

        var charging = TariffClock.Split(tariff, zone, started, chargingEnd);
        var lines = new List<CostLine>();
        foreach (var span in charging)
        {
            AddLine(lines, CostComponents.Energy, span.Period?.Name, span.From, span.To,
                energy.Between(span.From, span.To) / 1000m, CostComponents.KilowattHours, span.Period?.PricePerKwh ?? tariff.PricePerKwh);
        }

        foreach (var span in charging)
        {
            AddLine(lines, CostComponents.ChargingTime, span.Period?.Name, span.From, span.To,
                Minutes(span.From, span.To), CostComponents.Minutes, span.Period?.PricePerMinute ?? tariff.PricePerMinute);
        }

        var billedIdleFrom = chargingEnd.AddMinutes(tariff.IdleGraceMinutes);
        if (billedIdleFrom < stopped)
        {
            AddLine(lines, CostComponents.IdleTime, null, billedIdleFrom, stopped,
                Minutes(billedIdleFrom, stopped), CostComponents.Minutes, tariff.IdlePricePerMinute);
        }

        AddLine(lines, CostComponents.SessionFee, null, started, stopped, 1m, CostComponents.Session, tariff.SessionFee);

        var subtotal = lines.Sum(l => l.Amount);
        if (tariff.MinPrice is { } min && subtotal < min)
        {
            AddLine(lines, CostComponents.MinimumPriceAdjustment, null, started, stopped, 1m, CostComponents.Session, min - subtotal);
        }
        else if (tariff.MaxPrice is { } max && subtotal > max)
        {
            AddLine(lines, CostComponents.MaximumPriceAdjustment, null, started, stopped, 1m, CostComponents.Session, max - subtotal);
        }

        var exactNet = lines.Sum(l => l.Amount);
        var net = Currencies.Round(exactNet, tariff.Currency);
        var tax = Currencies.Round(exactNet * tariff.TaxRate, tariff.Currency);
        return new PricedSession(
            new TariffRef(tariff.TariffId, tariff.Version, tariff.Name), tariff.Currency, net, tax, net + tax,
            energy.TotalWh, chargingEnd - started, stopped - chargingEnd, lines);
    }

    /// <summary>Adds a line unless it costs nothing: a line the driver pays nothing for explains nothing.</summary>
    private static void AddLine(
        List<CostLine> lines, string component, string? period, DateTime from, DateTime to, decimal quantity, string unit, decimal unitPrice)
    {
        var amount = quantity * unitPrice;
        if (amount != 0m)
        {
            lines.Add(new CostLine(component, period, from, to, quantity, unit, unitPrice, amount));
        }
    }

    private static decimal Minutes(DateTime from, DateTime to) => (decimal)(to - from).Ticks / TimeSpan.TicksPerMinute;
}
