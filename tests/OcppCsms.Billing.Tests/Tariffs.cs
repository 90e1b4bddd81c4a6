using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Tests;

/// <summary>Tariff versions and sessions for the tests: everything free unless a test prices it.</summary>
internal static class Tariffs
{
    public static TariffVersion Version(
        decimal pricePerKwh = 0m, decimal pricePerMinute = 0m, decimal idlePricePerMinute = 0m, int idleGraceMinutes = 0,
        decimal sessionFee = 0m, decimal? minPrice = null, decimal? maxPrice = null, decimal taxRate = 0m, string currency = "EUR",
        string timeZone = "UTC", IEnumerable<TariffPeriod>? periods = null) =>
        new()
        {
            TariffId = 7,
            Version = 2,
            Name = "Standard",
            Currency = currency,
            PricePerKwh = pricePerKwh,
            PricePerMinute = pricePerMinute,
            IdlePricePerMinute = idlePricePerMinute,
            IdleGraceMinutes = idleGraceMinutes,
            SessionFee = sessionFee,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            TaxRate = taxRate,
            TimeZone = timeZone,
            Periods = periods?.Select((p, i) => new TariffPeriod
            {
                Position = i,
                Name = p.Name,
                Days = p.Days,
                StartTime = p.StartTime,
                EndTime = p.EndTime,
                PricePerKwh = p.PricePerKwh,
                PricePerMinute = p.PricePerMinute,
            }).ToList() ?? [],
        };

    public static TariffPeriod Period(string name, string start, string end, decimal pricePerKwh = 0m, decimal pricePerMinute = 0m, params DayOfWeek[] days) =>
        new()
        {
            Name = name,
            StartTime = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            EndTime = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Days = TariffPeriod.DaysMask(days),
            PricePerKwh = pricePerKwh,
            PricePerMinute = pricePerMinute,
        };

    public static BillableSession Session(DateTime startedAt, DateTime stoppedAt, decimal meterStartWh, decimal meterStopWh, params EnergyReading[] readings) =>
        new("CS-1", "TAG-1", null, startedAt, stoppedAt, meterStartWh, meterStopWh, readings);

    public static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);
}
