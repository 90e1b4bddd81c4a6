using FluentValidation;
using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Api;

/// <summary>The filters of the transaction list; each given one narrows it.</summary>
internal sealed class TransactionFilter
{
    public string? StationId { get; set; }

    /// <summary>Active, Completed, or Orphaned (stops for unknown transaction ids).</summary>
    public TransactionStatus? Status { get; set; }

    /// <summary>The tag that started the transaction, exactly as recorded.</summary>
    public string? IdTag { get; set; }

    /// <summary>Started at or after (an orphan: stopped at or after), by the station's clock, UTC.</summary>
    public DateTime? From { get; set; }

    /// <summary>Started before (an orphan: stopped before), by the station's clock, UTC.</summary>
    public DateTime? To { get; set; }

    /// <summary>True: only stale transactions (active, silent for <c>Transactions:StaleAfterHours</c>); false: all others.</summary>
    public bool? Stale { get; set; }

    /// <summary>Only transactions carrying this suspicious-data flag.</summary>
    public TransactionFlags? Flag { get; set; }
}

internal sealed class TransactionFilterValidator : AbstractValidator<TransactionFilter>
{
    public TransactionFilterValidator()
    {
        RuleFor(f => f.Status).IsInEnum();
        RuleFor(f => f.StationId).MaximumLength(48);
        RuleFor(f => f.Flag).Must(flag => flag is null || (flag != TransactionFlags.None && Enum.IsDefined(flag.Value)))
            .WithMessage($"'flag' must be one of {string.Join(", ", Enum.GetNames<TransactionFlags>().Skip(1))}.");
        RuleFor(f => f.IdTag).MaximumLength(ChargingTransaction.IdTagMaxLength);
        RuleFor(f => f.To).GreaterThan(f => f.From).When(f => f.From is not null && f.To is not null)
            .WithMessage("'to' must be later than 'from'.");
    }
}
