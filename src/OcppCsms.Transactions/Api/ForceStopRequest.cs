using FluentValidation;
using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Api;

/// <summary>An operator's force-stop of an active transaction.</summary>
/// <param name="Reason">Why, kept with the transaction and in the log.</param>
internal sealed record ForceStopRequest(string? Reason);

internal sealed class ForceStopRequestValidator : AbstractValidator<ForceStopRequest>
{
    public ForceStopRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(ChargingTransaction.ForceStopReasonMaxLength);
}
