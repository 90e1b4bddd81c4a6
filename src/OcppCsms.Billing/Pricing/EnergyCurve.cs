namespace OcppCsms.Billing.Pricing;

/// <summary>
/// The energy a session delivered over time, from its meter registers: a line through (StartedAt, MeterStartWh), each
/// reading between the start and the stop, and (StoppedAt, MeterStopWh), interpolated linearly between them. The total is
/// stop minus start (never below 0); a reading is clamped between the energy before it and that total, so a register
/// going backwards, or a reading beyond the stop value, leaves the line flat instead of taking energy back
/// (docs/adr/0016).
/// </summary>
internal sealed class EnergyCurve
{
    private readonly List<(DateTime At, decimal Wh)> _points;

    private EnergyCurve(List<(DateTime At, decimal Wh)> points, DateTime chargingEnd)
    {
        _points = points;
        ChargingEnd = chargingEnd;
    }

    /// <summary>The energy delivered over the whole session, in Wh.</summary>
    public decimal TotalWh => _points[^1].Wh;

    /// <summary>
    /// When the register last increased: the first point holding the total. The stop when there are no readings between
    /// the start and the stop (nothing tells when charging ended); the start when readings show the register never rose.
    /// </summary>
    public DateTime ChargingEnd { get; }

    public static EnergyCurve Of(BillableSession session, DateTime stoppedAt)
    {
        var total = Math.Max(0m, session.MeterStopWh - session.MeterStartWh);
        var points = new List<(DateTime At, decimal Wh)> { (session.StartedAt, 0m) };
        foreach (var reading in session.Readings.Where(r => r.At > session.StartedAt && r.At < stoppedAt).OrderBy(r => r.At))
        {
            points.Add((DateTime.SpecifyKind(reading.At, DateTimeKind.Utc), Math.Clamp(reading.RegisterWh - session.MeterStartWh, points[^1].Wh, total)));
        }

        var hasReadings = points.Count > 1;
        points.Add((stoppedAt, total));
        var chargingEnd = hasReadings ? points.First(p => p.Wh == total).At : stoppedAt;
        return new EnergyCurve(points, chargingEnd);
    }

    /// <summary>The energy delivered from <paramref name="from"/> to <paramref name="to"/>, in Wh.</summary>
    public decimal Between(DateTime from, DateTime to) => At(to) - At(from);

    private decimal At(DateTime time)
    {
        if (time <= _points[0].At)
        {
            return 0m;
        }

        for (var i = 1; i < _points.Count; i++)
        {
            var (end, endWh) = _points[i];
            if (time > end)
            {
                continue;
            }

            var (begin, beginWh) = _points[i - 1];
            var span = (end - begin).Ticks;
            return span == 0 ? endWh : beginWh + ((endWh - beginWh) * (time - begin).Ticks / span);
        }

        return TotalWh;
    }
}
