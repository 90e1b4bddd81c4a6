using FluentValidation;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/cost-updated</c> (I02): the transaction's cost so far, taxes included.</summary>
internal sealed record CostUpdatedCommand(decimal? TotalCost, string? TransactionId);

internal sealed class CostUpdatedCommandValidator : AbstractValidator<CostUpdatedCommand>
{
    public CostUpdatedCommandValidator()
    {
        RuleFor(c => c.TotalCost).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.TransactionId).NotEmpty();
    }
}
