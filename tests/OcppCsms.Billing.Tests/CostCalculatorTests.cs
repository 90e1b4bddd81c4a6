using System.Globalization;
using OcppCsms.Billing.Pricing;
using static OcppCsms.Billing.Tests.Tariffs;

namespace OcppCsms.Billing.Tests;

/// <summary>
/// The cost calculation, component by component and then together: energy, charging time, idle time after the grace
/// period, session fee, periods (midnight, day of week, time zone, daylight saving), caps, tax and rounding, and the odd
/// sessions (no energy, no duration, readings missing or going backwards).
/// </summary>
public sealed class CostCalculatorTests
{
    [Fact]
    public void The_issue_example_costs_4_00_net_0_80_tax_4_80_total()
    {
        var tariff = Version(pricePerKwh: 0.30m, sessionFee: 1.00m, taxRate: 0.20m);

        var priced = Price(tariff, Session(Utc(12, 4, 10), Utc(12, 4, 10, 45), 1_000m, 11_000m));

        Assert.Equal("4.00", priced.Net.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.80", priced.Tax.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("4.80", priced.Total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("EUR", priced.Currency);
        Assert.Equal(new TariffRef(7, 2, "Standard"), priced.Tariff);
        Assert.Equal(10_000m, priced.EnergyWh);
        Assert.Collection(priced.Lines,
            energy => Assert.Equal(new CostLine("Energy", null, Utc(12, 4, 10), Utc(12, 4, 10, 45), 10m, "kWh", 0.30m, 3.00m), energy),
            fee => Assert.Equal(new CostLine("SessionFee", null, Utc(12, 4, 10), Utc(12, 4, 10, 45), 1m, "session", 1.00m, 1.00m), fee));
    }

    [Fact]
    public void Charging_time_is_priced_per_minute_and_fractions_of_a_minute_count()
    {
        var priced = Price(Version(pricePerMinute: 0.10m), Session(Utc(12, 4, 10), Utc(12, 4, 10, 30).AddSeconds(30), 0m, 5_000m));

        var line = Assert.Single(priced.Lines);
        Assert.Equal(("ChargingTime", 30.5m, "min", 3.05m), (line.Component, line.Quantity, line.Unit, line.Amount));
        Assert.Equal(3.05m, priced.Net);
        Assert.Equal(TimeSpan.FromSeconds(1830), priced.ChargingTime);
        Assert.Equal(TimeSpan.Zero, priced.IdleTime);
    }

    [Fact]
    public void Charging_ends_when_the_register_last_increased_and_idle_time_is_billed_after_the_grace_period()
    {
        var tariff = Version(pricePerKwh: 0.30m, pricePerMinute: 0.05m, idlePricePerMinute: 0.10m, idleGraceMinutes: 15);
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 12), 0m, 10_000m,
            new EnergyReading(Utc(12, 4, 10, 30), 5_000m), new EnergyReading(Utc(12, 4, 11), 10_000m), new EnergyReading(Utc(12, 4, 11, 30), 10_000m));

        var priced = Price(tariff, session);

        Assert.Equal(TimeSpan.FromHours(1), priced.ChargingTime);
        Assert.Equal(TimeSpan.FromHours(1), priced.IdleTime);
        Assert.Collection(priced.Lines,
            energy => Assert.Equal(("Energy", 10m, 3.00m, Utc(12, 4, 11)), (energy.Component, energy.Quantity, energy.Amount, energy.To)),
            time => Assert.Equal(("ChargingTime", 60m, 3.00m), (time.Component, time.Quantity, time.Amount)),
            idle => Assert.Equal(new CostLine("IdleTime", null, Utc(12, 4, 11, 15), Utc(12, 4, 12), 45m, "min", 0.10m, 4.50m), idle));
        Assert.Equal(10.50m, priced.Net);
    }

    [Fact]
    public void Idle_time_within_the_grace_period_costs_nothing()
    {
        var tariff = Version(idlePricePerMinute: 0.10m, idleGraceMinutes: 15);
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 11, 10), 0m, 10_000m, new EnergyReading(Utc(12, 4, 11), 10_000m));

        var priced = Price(tariff, session);

        Assert.Empty(priced.Lines);
        Assert.Equal(TimeSpan.FromMinutes(10), priced.IdleTime);
        Assert.Equal(0.00m, priced.Total);
    }

    [Fact]
    public void Without_readings_charging_lasts_until_the_stop_and_nothing_is_idle()
    {
        var tariff = Version(pricePerMinute: 0.01m, idlePricePerMinute: 1.00m);

        var priced = Price(tariff, Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 0m));

        Assert.Equal(TimeSpan.FromHours(1), priced.ChargingTime);
        Assert.Equal(TimeSpan.Zero, priced.IdleTime);
        Assert.Equal("ChargingTime", Assert.Single(priced.Lines).Component);
        Assert.Equal(0.60m, priced.Net);
    }

    [Fact]
    public void Readings_that_never_rise_make_the_whole_session_idle()
    {
        var tariff = Version(pricePerMinute: 0.05m, idlePricePerMinute: 0.10m);
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 11), 500m, 500m, new EnergyReading(Utc(12, 4, 10, 30), 500m));

        var priced = Price(tariff, session);

        Assert.Equal(TimeSpan.Zero, priced.ChargingTime);
        Assert.Equal(TimeSpan.FromHours(1), priced.IdleTime);
        Assert.Equal(0m, priced.EnergyWh);
        Assert.Equal(("IdleTime", 60m), (Assert.Single(priced.Lines).Component, priced.Lines[0].Quantity));
        Assert.Equal(6.00m, priced.Net);
    }

    [Fact]
    public void A_zero_duration_session_pays_the_session_fee_only()
    {
        var tariff = Version(pricePerKwh: 0.30m, pricePerMinute: 0.10m, idlePricePerMinute: 0.10m, sessionFee: 0.50m, taxRate: 0.20m);

        var priced = Price(tariff, Session(Utc(12, 4, 10), Utc(12, 4, 10), 100m, 100m));

        Assert.Equal("SessionFee", Assert.Single(priced.Lines).Component);
        Assert.Equal((0.50m, 0.10m, 0.60m), (priced.Net, priced.Tax, priced.Total));
        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero, 0m), (priced.ChargingTime, priced.IdleTime, priced.EnergyWh));
    }

    [Fact]
    public void A_stop_before_the_start_is_a_session_of_no_duration()
    {
        var priced = Price(Version(pricePerMinute: 0.10m, sessionFee: 1m), Session(Utc(12, 4, 10), Utc(12, 4, 9), 0m, 0m));

        Assert.Equal(TimeSpan.Zero, priced.ChargingTime + priced.IdleTime);
        Assert.Equal(1.00m, priced.Net);
    }

    [Fact]
    public void A_free_session_has_no_lines_and_costs_zero()
    {
        var priced = Price(Version(pricePerKwh: 0.30m), Session(Utc(12, 4, 10), Utc(12, 4, 10, 5), 0m, 0m));

        Assert.Empty(priced.Lines);
        Assert.Equal(("0.00", "0.00", "0.00"), (Text(priced.Net), Text(priced.Tax), Text(priced.Total)));
    }

    [Fact]
    public void A_register_going_backwards_stays_flat_until_it_rises_again()
    {
        // Base 0.10 until 10:30, "Late" 1.00 after: the dip at 10:30 must not move energy between them.
        var tariff = Version(pricePerKwh: 0.10m, periods: [Period("Late", "10:30", "12:00", pricePerKwh: 1.00m)]);
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 8_000m,
            new EnergyReading(Utc(12, 4, 10, 15), 4_000m), new EnergyReading(Utc(12, 4, 10, 30), 2_000m), new EnergyReading(Utc(12, 4, 10, 45), 6_000m));

        var priced = Price(tariff, session);

        Assert.Collection(priced.Lines,
            early => Assert.Equal((null, 4m), (early.Period, early.Quantity)),
            late => Assert.Equal(("Late", 4m), (late.Period, late.Quantity)));
        Assert.Equal(8_000m, priced.EnergyWh);
        Assert.Equal(4.40m, priced.Net);
    }

    [Fact]
    public void A_reading_above_the_stop_value_is_clamped_to_it_and_ends_charging_there()
    {
        var tariff = Version(pricePerKwh: 1m, idlePricePerMinute: 0.01m);
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 6_000m, new EnergyReading(Utc(12, 4, 10, 30), 9_000m));

        var priced = Price(tariff, session);

        Assert.Equal(6_000m, priced.EnergyWh);
        Assert.Equal(TimeSpan.FromMinutes(30), priced.ChargingTime);
        Assert.Equal(6.30m, priced.Net);
    }

    [Fact]
    public void A_stop_register_below_the_start_register_bills_no_energy()
    {
        var priced = Price(Version(pricePerKwh: 0.30m), Session(Utc(12, 4, 10), Utc(12, 4, 11), 5_000m, 1_000m));

        Assert.Equal(0m, priced.EnergyWh);
        Assert.Empty(priced.Lines);
    }

    [Fact]
    public void Readings_outside_the_session_are_ignored()
    {
        var session = Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 1_000m,
            new EnergyReading(Utc(12, 4, 9), 50_000m), new EnergyReading(Utc(12, 4, 12), 50_000m));

        var priced = Price(Version(pricePerKwh: 1m), session);

        Assert.Equal(1.00m, priced.Net);
        Assert.Equal(TimeSpan.FromHours(1), priced.ChargingTime);
    }

    [Fact]
    public void Energy_is_split_at_a_period_boundary_by_linear_interpolation_between_readings()
    {
        var tariff = Version(pricePerKwh: 0.20m, periods: [Period("Evening", "18:00", "22:00", pricePerKwh: 0.40m)]);
        var session = Session(Utc(12, 4, 17), Utc(12, 4, 19), 0m, 4_000m,
            new EnergyReading(Utc(12, 4, 17, 30), 1_000m), new EnergyReading(Utc(12, 4, 18, 30), 3_000m));

        var priced = Price(tariff, session);

        Assert.Collection(priced.Lines,
            day => Assert.Equal(new CostLine("Energy", null, Utc(12, 4, 17), Utc(12, 4, 18), 2m, "kWh", 0.20m, 0.40m), day),
            evening => Assert.Equal(new CostLine("Energy", "Evening", Utc(12, 4, 18), Utc(12, 4, 19), 2m, "kWh", 0.40m, 0.80m), evening));
        Assert.Equal(1.20m, priced.Net);
    }

    [Fact]
    public void A_period_spanning_midnight_prices_a_session_crossing_it_in_three_pieces()
    {
        // Friday 21:00 to Saturday 07:00; off-peak Friday nights 22:00-06:00; 1 kWh per hour (no readings: linear).
        var tariff = Version(pricePerKwh: 0.40m, pricePerMinute: 0.01m,
            periods: [Period("Off-peak", "22:00", "06:00", pricePerKwh: 0.20m, pricePerMinute: 0.005m, DayOfWeek.Friday)]);

        var priced = Price(tariff, Session(Utc(12, 4, 21), Utc(12, 5, 7), 0m, 10_000m));

        Assert.Equal(
            [
                ("Energy", null, Utc(12, 4, 21), Utc(12, 4, 22), 1m, 0.40m),
                ("Energy", "Off-peak", Utc(12, 4, 22), Utc(12, 5, 6), 8m, 1.60m),
                ("Energy", null, Utc(12, 5, 6), Utc(12, 5, 7), 1m, 0.40m),
                ("ChargingTime", null, Utc(12, 4, 21), Utc(12, 4, 22), 60m, 0.60m),
                ("ChargingTime", "Off-peak", Utc(12, 4, 22), Utc(12, 5, 6), 480m, 2.40m),
                ("ChargingTime", null, Utc(12, 5, 6), Utc(12, 5, 7), 60m, 0.60m),
            ],
            priced.Lines.Select(l => (l.Component, l.Period, l.From, l.To, l.Quantity, l.Amount)));
        Assert.Equal(6.00m, priced.Net);
    }

    [Fact]
    public void Day_of_week_periods_start_and_end_at_local_midnight()
    {
        // Friday 23:00 to Saturday 01:00; weekend all day (equal start and end: 24 hours).
        var tariff = Version(pricePerMinute: 0.02m,
            periods: [Period("Weekend", "00:00", "00:00", pricePerMinute: 0.01m, days: [DayOfWeek.Saturday, DayOfWeek.Sunday])]);

        var priced = Price(tariff, Session(Utc(12, 4, 23), Utc(12, 5, 1), 0m, 0m));

        Assert.Equal([(null, 1.20m), ("Weekend", 0.60m)], priced.Lines.Select(l => (l.Period, l.Amount)));
        Assert.Equal(Utc(12, 5, 0), priced.Lines[1].From);
    }

    [Fact]
    public void Where_periods_overlap_the_first_applies()
    {
        var tariff = Version(periods:
        [
            Period("Lunch", "12:00", "13:00", pricePerMinute: 0.03m),
            Period("Day", "08:00", "20:00", pricePerMinute: 0.02m),
        ]);

        var priced = Price(tariff, Session(Utc(12, 4, 11), Utc(12, 4, 14), 0m, 0m));

        Assert.Equal([("Day", 60m), ("Lunch", 60m), ("Day", 60m)], priced.Lines.Select(l => (l.Period!, l.Quantity)));
        Assert.Equal(4.20m, priced.Net);
    }

    [Fact]
    public void Periods_are_read_on_the_tariffs_clock()
    {
        // 06:30-07:30 UTC is 07:30-08:30 in Berlin in December (UTC+1): peak starts at 07:00 UTC.
        var tariff = Version(pricePerMinute: 0.01m, timeZone: "Europe/Berlin", periods: [Period("Peak", "08:00", "20:00", pricePerMinute: 0.02m)]);

        var priced = Price(tariff, Session(Utc(12, 4, 6, 30), Utc(12, 4, 7, 30), 0m, 0m));

        Assert.Equal([(null, Utc(12, 4, 6, 30), 0.30m), ("Peak", Utc(12, 4, 7), 0.60m)], priced.Lines.Select(l => (l.Period, l.From, l.Amount)));
    }

    [Fact]
    public void A_night_with_the_clocks_going_forward_is_an_hour_shorter()
    {
        // 2026-03-29 in Berlin: 02:00 CET becomes 03:00 CEST at 01:00 UTC. Night 00:00-06:00 local is 23:00-04:00 UTC.
        var tariff = Version(pricePerMinute: 0.10m, timeZone: "Europe/Berlin", periods: [Period("Night", "00:00", "06:00", pricePerMinute: 0.05m)]);

        var priced = Price(tariff, Session(Utc(3, 28, 22), Utc(3, 29, 6), 0m, 0m));

        Assert.Equal([(null, 60m), ("Night", 300m), (null, 120m)], priced.Lines.Select(l => (l.Period, l.Quantity)));
        Assert.Equal(33.00m, priced.Net);
    }

    [Fact]
    public void A_period_starting_in_the_skipped_hour_starts_when_the_clocks_jump()
    {
        // 2026-03-29 in Berlin: there is no 02:30; at 01:00 UTC the clock jumps from 02:00 to 03:00, inside 02:30-05:00.
        var tariff = Version(timeZone: "Europe/Berlin", periods: [Period("Late", "02:30", "05:00", pricePerMinute: 0.10m)]);

        var priced = Price(tariff, Session(Utc(3, 29, 0), Utc(3, 29, 4), 0m, 0m));

        var line = Assert.Single(priced.Lines);
        Assert.Equal((Utc(3, 29, 1), Utc(3, 29, 3), 120m, 12.00m), (line.From, line.To, line.Quantity, line.Amount));
    }

    [Fact]
    public void An_hour_the_clocks_repeat_is_priced_twice()
    {
        // 2026-10-25 in Berlin: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:00-03:00 local happens twice.
        var tariff = Version(timeZone: "Europe/Berlin", periods: [Period("Two", "02:00", "03:00", pricePerMinute: 0.10m)]);

        var priced = Price(tariff, Session(Utc(10, 24, 23), Utc(10, 25, 3), 0m, 0m));

        var line = Assert.Single(priced.Lines);
        Assert.Equal((Utc(10, 25, 0), Utc(10, 25, 2), 120m), (line.From, line.To, line.Quantity));
    }

    [Fact]
    public void A_minimum_price_adds_the_difference_as_an_adjustment_line()
    {
        var tariff = Version(pricePerKwh: 0.30m, sessionFee: 1.00m, minPrice: 2.50m, taxRate: 0.10m);

        var priced = Price(tariff, Session(Utc(12, 4, 10), Utc(12, 4, 10, 10), 0m, 1_000m));

        var adjustment = priced.Lines[^1];
        Assert.Equal(("MinimumPriceAdjustment", 1m, "session", 1.20m), (adjustment.Component, adjustment.Quantity, adjustment.Unit, adjustment.Amount));
        Assert.Equal((2.50m, 0.25m, 2.75m), (priced.Net, priced.Tax, priced.Total));
    }

    [Fact]
    public void A_maximum_price_takes_off_the_excess_as_a_negative_adjustment_line()
    {
        var tariff = Version(pricePerKwh: 0.30m, maxPrice: 20m, taxRate: 0.20m);

        var priced = Price(tariff, Session(Utc(12, 4, 10), Utc(12, 4, 14), 0m, 100_000m));

        Assert.Equal(("MaximumPriceAdjustment", -10.00m), (priced.Lines[^1].Component, priced.Lines[^1].Amount));
        Assert.Equal((20.00m, 4.00m, 24.00m), (priced.Net, priced.Tax, priced.Total));
    }

    [Fact]
    public void A_price_between_the_caps_gets_no_adjustment()
    {
        var priced = Price(Version(sessionFee: 5m, minPrice: 1m, maxPrice: 10m), Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 0m));

        Assert.Equal("SessionFee", Assert.Single(priced.Lines).Component);
    }

    [Fact]
    public void Rounding_is_half_up_once_on_the_totals_never_bankers()
    {
        // 0.5 kWh × 0.25 = 0.125: banker's rounding would give 0.12. Tax 20 % of the exact 0.125 = 0.025 → 0.03.
        var priced = Price(Version(pricePerKwh: 0.25m, taxRate: 0.20m), Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 500m));

        Assert.Equal(0.125m, Assert.Single(priced.Lines).Amount);
        Assert.Equal(("0.13", "0.03", "0.16"), (Text(priced.Net), Text(priced.Tax), Text(priced.Total)));
    }

    [Fact]
    public void Tax_is_computed_on_the_exact_net_not_the_rounded_one()
    {
        // Exact net 0.0051 rounds to 0.01; 50 % of it is 0.00255 → 0.00 (50 % of the rounded 0.01 would be 0.005 → 0.01).
        var priced = Price(Version(pricePerKwh: 1m, taxRate: 0.5m), Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, 5.1m));

        Assert.Equal(("0.01", "0.00", "0.01"), (Text(priced.Net), Text(priced.Tax), Text(priced.Total)));
    }

    [Theory]
    [InlineData("JPY", "1234.5", "1235")]
    [InlineData("KRW", "999.49", "999")]
    [InlineData("KWD", "1.2345", "1.235")]
    [InlineData("BHD", "0.0005", "0.001")]
    [InlineData("EUR", "4.8", "4.80")]
    [InlineData("EUR", "0.005", "0.01")]
    [InlineData("USD", "2.344999", "2.34")]
    public void Totals_are_rounded_to_the_minor_unit_of_the_currency(string currency, string amount, string expected)
    {
        var energyWh = decimal.Parse(amount, CultureInfo.InvariantCulture) * 1000m;

        var priced = Price(Version(pricePerKwh: 1m, currency: currency), Session(Utc(12, 4, 10), Utc(12, 4, 11), 0m, energyWh));

        Assert.Equal(expected, Text(priced.Net));
        Assert.Equal(expected, Text(priced.Total));
    }

    [Fact]
    public void Every_component_together_adds_up()
    {
        var tariff = Version(pricePerKwh: 0.29m, pricePerMinute: 0.013m, idlePricePerMinute: 0.07m, idleGraceMinutes: 10, sessionFee: 0.99m,
            taxRate: 0.19m, timeZone: "Europe/Berlin", periods: [Period("Peak", "17:00", "20:00", pricePerKwh: 0.49m, pricePerMinute: 0.02m)]);
        var session = Session(Utc(12, 4, 15, 7), Utc(12, 4, 19, 41), 123_456.7m, 160_000m,
            new EnergyReading(Utc(12, 4, 15, 40), 130_000m), new EnergyReading(Utc(12, 4, 16, 20), 140_000m),
            new EnergyReading(Utc(12, 4, 17, 3), 150_001.9m), new EnergyReading(Utc(12, 4, 18, 11), 160_000m));

        var priced = Price(tariff, session);

        var exact = priced.Lines.Sum(l => l.Amount);
        Assert.Equal(decimal.Round(exact, 2, MidpointRounding.AwayFromZero), priced.Net);
        Assert.Equal(decimal.Round(exact * 0.19m, 2, MidpointRounding.AwayFromZero), priced.Tax);
        Assert.Equal(priced.Net + priced.Tax, priced.Total);
        Assert.Equal(36_543.3m, priced.Lines.Where(l => l.Component == "Energy").Sum(l => l.Quantity) * 1000m);
        Assert.All(priced.Lines, l => Assert.Equal(l.Quantity * l.UnitPrice, l.Amount));
        // Peak is 16:00-19:00 UTC; charging ended 18:11 UTC; idle billed from 18:21 to 19:41.
        Assert.Equal(Utc(12, 4, 18, 11), priced.Lines.Last(l => l.Component == "ChargingTime").To);
        Assert.Equal(("IdleTime", 80m), (priced.Lines.Single(l => l.Component == "IdleTime").Component, priced.Lines.Single(l => l.Component == "IdleTime").Quantity));
        Assert.Equal(TimeSpan.FromMinutes(184), priced.ChargingTime);
        Assert.Equal(TimeSpan.FromMinutes(90), priced.IdleTime);
    }

    private static PricedSession Price(OcppCsms.Billing.Tariffs.TariffVersion tariff, BillableSession session)
    {
        var priced = CostCalculator.Price(tariff, session);
        Assert.Equal(priced.Net + priced.Tax, priced.Total);
        return priced;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
