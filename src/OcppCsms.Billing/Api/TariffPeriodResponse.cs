using System.Globalization;
using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Api;

/// <param name="StartTime">HH:mm on the tariff's clock.</param>
/// <param name="EndTime">HH:mm; at or before the start: the period spans midnight.</param>
internal sealed record TariffPeriodResponse(
    string Name, IReadOnlyList<DayOfWeek> DaysOfWeek, string StartTime, string EndTime,
    decimal PricePerKwh, decimal PricePerMinute, decimal GrossPricePerKwh, decimal GrossPricePerMinute)
{
    public static TariffPeriodResponse From(TariffPeriod period, decimal taxRate) => new(
        period.Name,
        Enum.GetValues<DayOfWeek>().Where(period.IsOn).OrderBy(day => ((int)day + 6) % 7).ToList(),
        period.StartTime.ToString(TariffRules.TimeFormat, CultureInfo.InvariantCulture),
        period.EndTime.ToString(TariffRules.TimeFormat, CultureInfo.InvariantCulture),
        period.PricePerKwh, period.PricePerMinute,
        TariffResponse.Gross(period.PricePerKwh, taxRate), TariffResponse.Gross(period.PricePerMinute, taxRate));
}
