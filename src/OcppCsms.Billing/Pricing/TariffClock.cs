using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Pricing;

/// <summary>
/// Cuts a stretch of UTC time where the tariff's periods begin and end on the tariff's clock (its IANA time zone, daylight
/// saving included), so that each piece is priced with one period's prices or with the base prices.
/// </summary>
internal static class TariffClock
{
    /// <summary>Offset changes are searched in steps shorter than any zone keeps one offset.</summary>
    private static readonly TimeSpan OffsetProbe = TimeSpan.FromHours(6);

    /// <returns>Consecutive spans covering <paramref name="from"/> to <paramref name="to"/>; adjacent spans differ in period.</returns>
    public static IReadOnlyList<PeriodSpan> Split(TariffVersion tariff, TimeZoneInfo zone, DateTime from, DateTime to)
    {
        if (to <= from)
        {
            return [];
        }

        if (tariff.Periods.Count == 0)
        {
            return [new PeriodSpan(from, to, null)];
        }

        var cuts = new SortedSet<DateTime>(OffsetChanges(zone, from, to)) { from, to };
        // Every local midnight too: a period's days change there.
        var times = tariff.Periods.SelectMany(p => new[] { p.StartTime, p.EndTime }).Append(TimeOnly.MinValue).Distinct().ToList();
        var lastDay = Local(zone, to).Date.AddDays(1);
        for (var day = Local(zone, from).Date.AddDays(-1); day <= lastDay; day = day.AddDays(1))
        {
            foreach (var time in times)
            {
                foreach (var cut in Instants(zone, day + time.ToTimeSpan()).Where(cut => cut > from && cut < to))
                {
                    cuts.Add(cut);
                }
            }
        }

        var spans = new List<PeriodSpan>();
        var start = from;
        foreach (var cut in cuts.Skip(1))
        {
            var local = Local(zone, start);
            var period = tariff.Periods.OrderBy(p => p.Position).FirstOrDefault(p => p.Covers(local));
            if (spans.Count > 0 && spans[^1].Period == period)
            {
                spans[^1] = spans[^1] with { To = cut };
            }
            else
            {
                spans.Add(new PeriodSpan(start, cut, period));
            }

            start = cut;
        }

        return spans;
    }

    private static DateTime Local(TimeZoneInfo zone, DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), DateTimeKind.Unspecified);

    /// <summary>
    /// The instants at which the tariff's clock shows <paramref name="local"/>: none in a spring-forward gap (the offset
    /// change itself is a cut then), two in a fall-back overlap.
    /// </summary>
    private static IEnumerable<DateTime> Instants(TimeZoneInfo zone, DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            return [];
        }

        var offsets = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [zone.GetUtcOffset(local)];
        return offsets.Select(offset => DateTime.SpecifyKind(local - offset, DateTimeKind.Utc));
    }

    /// <summary>The instants between <paramref name="from"/> and <paramref name="to"/> at which the zone's offset changes.</summary>
    private static IEnumerable<DateTime> OffsetChanges(TimeZoneInfo zone, DateTime from, DateTime to)
    {
        for (var probe = from; probe < to; probe += OffsetProbe)
        {
            var next = probe + OffsetProbe < to ? probe + OffsetProbe : to;
            if (zone.GetUtcOffset(probe) == zone.GetUtcOffset(next))
            {
                continue;
            }

            // Halve the interval down to one tick: the change is at its end.
            var (before, after) = (probe, next);
            while ((after - before).Ticks > 1)
            {
                var middle = before + ((after - before) / 2);
                (before, after) = zone.GetUtcOffset(middle) == zone.GetUtcOffset(before) ? (middle, after) : (before, middle);
            }

            yield return after;
        }
    }
}
