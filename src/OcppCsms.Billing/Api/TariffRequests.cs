using System.Globalization;
using FluentValidation;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Api;

/// <summary>
/// <c>POST /api/v1/tariffs</c> and <c>PUT /api/v1/tariffs/{id}</c> (which adds a version). Prices are net, in
/// <paramref name="Currency"/>. The prices, tax rate and isDefault are nullable only so that a missing one is refused
/// rather than taken as 0 or false: a forgotten price must not make charging free.
/// </summary>
/// <param name="Currency">ISO 4217 alphabetic code, e.g. EUR.</param>
/// <param name="IdleGraceMinutes">Idle minutes after charging ended that cost nothing.</param>
/// <param name="MinPrice">The least a session costs (net); absent: no minimum.</param>
/// <param name="MaxPrice">The most a session costs (net); absent: no maximum.</param>
/// <param name="TaxRate">A fraction from 0 to 1: 0.20 is 20 %.</param>
/// <param name="IsDefault">true makes this the default tariff (the previous default stops being it); the default cannot be set false.</param>
/// <param name="ValidFrom">Sessions starting before it are not priced with this tariff.</param>
/// <param name="ValidTo">Sessions starting at or after it are not priced with this tariff.</param>
/// <param name="TimeZone">IANA time zone whose clock the periods follow; default UTC.</param>
/// <param name="Periods">Time-of-day/day-of-week prices for energy and charging time; where two overlap, the first applies.</param>
internal sealed record TariffRequest(
    string Name,
    string Currency,
    decimal? PricePerKwh,
    decimal? PricePerMinute,
    decimal? IdlePricePerMinute,
    int? IdleGraceMinutes,
    decimal? SessionFee,
    decimal? MinPrice,
    decimal? MaxPrice,
    decimal? TaxRate,
    bool? IsDefault,
    DateTime? ValidFrom,
    DateTime? ValidTo,
    string? TimeZone,
    IReadOnlyList<TariffPeriodRequest>? Periods)
{
    public const string DefaultTimeZone = "UTC";

    public TariffTerms ToTerms() => new(
        Name, Currency, PricePerKwh!.Value, PricePerMinute!.Value, IdlePricePerMinute!.Value, IdleGraceMinutes!.Value, SessionFee!.Value,
        MinPrice, MaxPrice, TaxRate!.Value, ValidFrom, ValidTo, TimeZone ?? DefaultTimeZone,
        (Periods ?? []).Select(p => new PeriodTerms(
            p.Name,
            (p.DaysOfWeek ?? []).Select(Enum.Parse<DayOfWeek>).Distinct().ToList(),
            TimeOnly.ParseExact(p.StartTime, TariffRules.TimeFormat, CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(p.EndTime, TariffRules.TimeFormat, CultureInfo.InvariantCulture),
            p.PricePerKwh!.Value,
            p.PricePerMinute!.Value)).ToList());
}

/// <param name="DaysOfWeek">Monday ... Sunday; empty or absent: every day. A period spanning midnight belongs to the day it starts.</param>
/// <param name="StartTime">HH:mm on the tariff's clock.</param>
/// <param name="EndTime">HH:mm; at or before the start: the period spans midnight (equal: 24 hours).</param>
internal sealed record TariffPeriodRequest(
    string Name, IReadOnlyList<string>? DaysOfWeek, string StartTime, string EndTime, decimal? PricePerKwh, decimal? PricePerMinute);

/// <summary><c>POST /api/v1/tariffs/{id}/assignments</c>: exactly one of <paramref name="IdTag"/> and <paramref name="StationId"/>.</summary>
/// <param name="IdTag">The tariff prices this tag's sessions, and those of the tags whose parent (group) it is; case-insensitive.</param>
internal sealed record TariffAssignmentRequest(string? IdTag, string? StationId);

internal sealed class TariffRequestValidator : AbstractValidator<TariffRequest>
{
    public TariffRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Tariff.NameMaxLength);
        RuleFor(r => r.Currency).NotEmpty().Must(Currencies.IsKnown)
            .WithMessage("An ISO 4217 currency code in capitals, such as EUR, USD or JPY.");
        RuleFor(r => r.PricePerKwh).Price();
        RuleFor(r => r.PricePerMinute).Price();
        RuleFor(r => r.IdlePricePerMinute).Price();
        RuleFor(r => r.SessionFee).Price();
        RuleFor(r => r.MinPrice).Price().When(r => r.MinPrice is not null);
        RuleFor(r => r.MaxPrice).Price().When(r => r.MaxPrice is not null);
        RuleFor(r => r.MaxPrice).GreaterThanOrEqualTo(r => r.MinPrice).WithMessage("maxPrice cannot be below minPrice.")
            .When(r => r.MinPrice is not null && r.MaxPrice is not null);
        RuleFor(r => r.IdleGraceMinutes).NotNull().InclusiveBetween(0, TariffRules.MaxIdleGraceMinutes);
        RuleFor(r => r.TaxRate).NotNull().InclusiveBetween(0m, 1m).WithMessage("A fraction from 0 to 1 (0.20 is 20 %).");
        RuleFor(r => r.IsDefault).NotNull();
        RuleFor(r => r.ValidTo).GreaterThan(r => r.ValidFrom).WithMessage("validTo must be after validFrom.")
            .When(r => r.ValidFrom is not null && r.ValidTo is not null);
        RuleFor(r => r.TimeZone).MaximumLength(TariffVersion.TimeZoneMaxLength).Must(TariffRules.IsIanaTimeZone)
            .WithMessage("An IANA time zone known to this server, such as Europe/Berlin or UTC.").When(r => r.TimeZone is not null);
        RuleFor(r => r.Periods).Must(p => p!.Count <= TariffRules.MaxPeriods).WithMessage($"At most {TariffRules.MaxPeriods} periods.")
            .Must(p => p!.Where(x => x?.Name is not null).GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .WithMessage("Each period name once: the cost lines name them.")
            .When(r => r.Periods is not null);
        RuleForEach(r => r.Periods).NotNull();
        RuleForEach(r => r.Periods).ChildRules(period =>
        {
            period.RuleFor(p => p.Name).NotEmpty().MaximumLength(TariffPeriod.NameMaxLength).OverridePropertyName("name");
            period.RuleForEach(p => p.DaysOfWeek).Must(TariffRules.IsDay)
                .WithMessage("One of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday.").OverridePropertyName("daysOfWeek");
            period.RuleFor(p => p.StartTime).Time().OverridePropertyName("startTime");
            period.RuleFor(p => p.EndTime).Time().OverridePropertyName("endTime");
            period.RuleFor(p => p.PricePerKwh).Price().OverridePropertyName("pricePerKwh");
            period.RuleFor(p => p.PricePerMinute).Price().OverridePropertyName("pricePerMinute");
        }).When(r => r.Periods is not null);
    }
}

internal sealed class TariffAssignmentRequestValidator : AbstractValidator<TariffAssignmentRequest>
{
    public TariffAssignmentRequestValidator()
    {
        RuleFor(r => r).Must(r => (r.IdTag is null) != (r.StationId is null)).WithName("body")
            .WithMessage("Give exactly one of idTag and stationId.");
        RuleFor(r => r.IdTag).NotEmpty().MaximumLength(TariffAssignment.IdTagMaxLength)
            .Matches("^[\\x21-\\x7E]*$").WithMessage("An id tag holds printable ASCII characters only, without spaces.")
            .When(r => r.IdTag is not null);
        RuleFor(r => r.StationId).NotEmpty().MaximumLength(TariffAssignment.StationIdMaxLength).When(r => r.StationId is not null);
    }
}
