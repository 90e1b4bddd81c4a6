using FluentValidation;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>The filters of the charge detail record list; each given one narrows it.</summary>
internal sealed class CdrFilter
{
    public string? StationId { get; set; }

    /// <summary>The tag that started the transaction; compared without regard to case, as id tags are everywhere.</summary>
    public string? IdTag { get; set; }

    /// <summary>Started at or after, by the station's clock, UTC.</summary>
    public DateTime? From { get; set; }

    /// <summary>Started before, by the station's clock, UTC.</summary>
    public DateTime? To { get; set; }
}

internal sealed class CdrFilterValidator : AbstractValidator<CdrFilter>
{
    public CdrFilterValidator()
    {
        RuleFor(f => f.StationId).MaximumLength(ChargeDetailRecord.StationIdMaxLength);
        RuleFor(f => f.IdTag).MaximumLength(ChargeDetailRecord.IdTagMaxLength);
        RuleFor(f => f.To).GreaterThan(f => f.From).When(f => f.From is not null && f.To is not null)
            .WithMessage("'to' must be later than 'from'.");
    }
}
