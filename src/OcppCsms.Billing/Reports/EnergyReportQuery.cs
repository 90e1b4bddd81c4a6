using FluentValidation;

namespace OcppCsms.Billing.Reports;

/// <summary>What the energy report sums: charge detail records started in [from, to), grouped by station, id tag or UTC day.</summary>
internal sealed class EnergyReportQuery
{
    public const string Station = "station";
    public const string IdTag = "idTag";
    public const string Day = "day";

    /// <summary>station (the default), idTag or day (the UTC day of the start).</summary>
    public string? GroupBy { get; set; }

    /// <summary>Sessions started at or after, UTC.</summary>
    public DateTime? From { get; set; }

    /// <summary>Sessions started before, UTC.</summary>
    public DateTime? To { get; set; }

    /// <summary>json (the default) or csv.</summary>
    public string? Format { get; set; }

    public string Grouping => GroupBy ?? Station;
}

internal sealed class EnergyReportQueryValidator : AbstractValidator<EnergyReportQuery>
{
    public EnergyReportQueryValidator()
    {
        RuleFor(q => q.GroupBy).Must(g => g is null or EnergyReportQuery.Station or EnergyReportQuery.IdTag or EnergyReportQuery.Day)
            .WithMessage("'groupBy' must be 'station', 'idTag' or 'day'.");
        RuleFor(q => q.Format).Must(f => f is null or ExportFormat.Json or ExportFormat.Csv).WithMessage("'format' must be 'json' or 'csv'.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be later than 'from'.");
    }
}
