using FluentValidation;
using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Api;

/// <summary>
/// <c>GET /api/v1/tariffs/quote</c>: what a session would cost, priced exactly as billing will price it, so operators can
/// check which tariff applies to a tag at a station and what it charges before drivers see it.
/// </summary>
internal sealed class TariffQuoteQuery
{
    public const int MaxMinutes = 10_080;

    public string? StationId { get; set; }

    public string? IdTag { get; set; }

    /// <summary>The tag's group (parent id tag), as the station was told at the start.</summary>
    public string? ParentIdTag { get; set; }

    /// <summary>Energy charged, spread evenly over the session.</summary>
    public decimal? EnergyWh { get; set; }

    /// <summary>The session's length, all of it charging.</summary>
    public int? Minutes { get; set; }

    /// <summary>When the session starts (UTC); default now.</summary>
    public DateTime? StartAt { get; set; }
}

internal sealed class TariffQuoteQueryValidator : AbstractValidator<TariffQuoteQuery>
{
    public TariffQuoteQueryValidator()
    {
        RuleFor(q => q.StationId).NotEmpty().MaximumLength(TariffAssignment.StationIdMaxLength);
        RuleFor(q => q.IdTag).MaximumLength(TariffAssignment.IdTagMaxLength);
        RuleFor(q => q.ParentIdTag).MaximumLength(TariffAssignment.IdTagMaxLength);
        RuleFor(q => q.EnergyWh).NotNull().InclusiveBetween(0m, 1_000_000_000m);
        RuleFor(q => q.Minutes).NotNull().InclusiveBetween(0, TariffQuoteQuery.MaxMinutes);
    }
}
