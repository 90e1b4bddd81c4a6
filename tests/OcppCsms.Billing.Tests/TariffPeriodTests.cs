using static OcppCsms.Billing.Tests.Tariffs;

namespace OcppCsms.Billing.Tests;

/// <summary>Which local times a period covers: same-day windows, windows spanning midnight, whole days, days of the week.</summary>
public sealed class TariffPeriodTests
{
    [Theory]
    [InlineData("2026-12-04T22:00", true)]  // Friday evening: the period starts on Friday
    [InlineData("2026-12-05T02:00", true)]  // Saturday morning: still Friday's night
    [InlineData("2026-12-05T05:59", true)]
    [InlineData("2026-12-05T06:00", false)] // the end is exclusive
    [InlineData("2026-12-05T23:00", false)] // Saturday evening: a Saturday night is not Friday's
    [InlineData("2026-12-04T02:00", false)] // Friday morning: that night began on Thursday
    [InlineData("2026-12-04T21:59", false)]
    public void A_period_spanning_midnight_belongs_to_the_day_it_starts(string local, bool covered)
    {
        var fridayNights = Period("Night", "22:00", "06:00", days: DayOfWeek.Friday);

        Assert.Equal(covered, fridayNights.Covers(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-12-05T00:00", true)]
    [InlineData("2026-12-06T23:59", true)]
    [InlineData("2026-12-07T00:00", false)]
    [InlineData("2026-12-04T23:59", false)]
    public void Equal_start_and_end_times_cover_the_whole_day(string local, bool covered)
    {
        var weekend = Period("Weekend", "00:00", "00:00", days: [DayOfWeek.Saturday, DayOfWeek.Sunday]);

        Assert.Equal(covered, weekend.Covers(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-12-04T08:00", true)]
    [InlineData("2026-12-05T19:59", true)]
    [InlineData("2026-12-06T20:00", false)]
    [InlineData("2026-12-07T07:59", false)]
    public void No_days_means_every_day(string local, bool covered)
    {
        var day = Period("Day", "08:00", "20:00");

        Assert.Equal(covered, day.Covers(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
