namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// A time-of-day/day-of-week window of a tariff version with its own energy and charging-time prices (peak, off-peak).
/// Times and days are read on the tariff's clock (<see cref="TariffVersion.TimeZone"/>). An end at or before the start
/// spans midnight (22:00-06:00; equal times: 24 hours), and its days name the day it starts on.
/// </summary>
internal sealed class TariffPeriod
{
    public const int NameMaxLength = 50;

    public long Id { get; init; }

    public long TariffVersionId { get; init; }

    /// <summary>The period's place in the operator's list, from 0.</summary>
    public int Position { get; init; }

    public required string Name { get; init; }

    /// <summary>A bit per <see cref="DayOfWeek"/> (1 &lt;&lt; day); 0 is every day.</summary>
    public int Days { get; init; }

    public TimeOnly StartTime { get; init; }

    public TimeOnly EndTime { get; init; }

    public decimal PricePerKwh { get; init; }

    public decimal PricePerMinute { get; init; }

    public static int DaysMask(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, day) => mask | (1 << (int)day));

    /// <summary>Whether this period's prices apply at <paramref name="local"/>, a time on the tariff's clock.</summary>
    public bool Covers(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (StartTime < EndTime)
        {
            return OnDay(local.DayOfWeek) && time >= StartTime && time < EndTime;
        }

        // Spanning midnight: the evening part belongs to today, the morning part to the day the period began.
        return (time >= StartTime && OnDay(local.DayOfWeek)) || (time < EndTime && OnDay(local.AddDays(-1).DayOfWeek));
    }

    /// <summary>Whether the period names <paramref name="day"/> (not whether it is every day).</summary>
    public bool IsOn(DayOfWeek day) => (Days & (1 << (int)day)) != 0;

    private bool OnDay(DayOfWeek day) => Days == 0 || IsOn(day);
}
