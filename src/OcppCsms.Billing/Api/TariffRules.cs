using System.Text.RegularExpressions;
using FluentValidation;

namespace OcppCsms.Billing.Api;

/// <summary>The field rules of tariff requests.</summary>
internal static partial class TariffRules
{
    public const string TimeFormat = "HH:mm";

    public const int MaxPeriods = 48;

    /// <summary>A day: longer idle stretches are a parking question, not a grace period.</summary>
    public const int MaxIdleGraceMinutes = 1440;

    /// <summary>Beyond any real price, and far enough below decimal's range that no quantity × price overflows.</summary>
    public const decimal MaxPrice = 1_000_000m;

    public static IRuleBuilderOptions<T, decimal?> Price<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().InclusiveBetween(0m, MaxPrice).WithMessage($"A price from 0 to {MaxPrice:0}, net of tax.");

    public static IRuleBuilderOptions<T, string?> Time<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches(TimePattern()).WithMessage("A time of day as HH:mm, from 00:00 to 23:59.");

    public static bool IsDay(string? day) => day is not null && Enum.GetNames<DayOfWeek>().Contains(day, StringComparer.Ordinal);

    /// <summary>An IANA id this machine's time zone database knows (Windows ids are refused: the tariff is stored as given).</summary>
    public static bool IsIanaTimeZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id;

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimePattern();
}
