namespace OcppCsms.Billing.Tariffs;

/// <summary>What an operator sets on a tariff: the contents of one version. Prices are net.</summary>
internal sealed record TariffTerms(
    string Name,
    string Currency,
    decimal PricePerKwh,
    decimal PricePerMinute,
    decimal IdlePricePerMinute,
    int IdleGraceMinutes,
    decimal SessionFee,
    decimal? MinPrice,
    decimal? MaxPrice,
    decimal TaxRate,
    DateTime? ValidFrom,
    DateTime? ValidTo,
    string TimeZone,
    IReadOnlyList<PeriodTerms> Periods)
{
    public TariffVersion ToVersion(long tariffId, int version, DateTime createdAt) => new()
    {
        TariffId = tariffId,
        Version = version,
        Name = Name,
        Currency = Currency,
        PricePerKwh = PricePerKwh,
        PricePerMinute = PricePerMinute,
        IdlePricePerMinute = IdlePricePerMinute,
        IdleGraceMinutes = IdleGraceMinutes,
        SessionFee = SessionFee,
        MinPrice = MinPrice,
        MaxPrice = MaxPrice,
        TaxRate = TaxRate,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        TimeZone = TimeZone,
        CreatedAt = createdAt,
        Periods = Periods.Select((period, position) => new TariffPeriod
        {
            Position = position,
            Name = period.Name,
            Days = TariffPeriod.DaysMask(period.Days),
            StartTime = period.StartTime,
            EndTime = period.EndTime,
            PricePerKwh = period.PricePerKwh,
            PricePerMinute = period.PricePerMinute,
        }).ToList(),
    };
}

/// <param name="Days">Empty: every day.</param>
internal sealed record PeriodTerms(
    string Name, IReadOnlyList<DayOfWeek> Days, TimeOnly StartTime, TimeOnly EndTime, decimal PricePerKwh, decimal PricePerMinute);
