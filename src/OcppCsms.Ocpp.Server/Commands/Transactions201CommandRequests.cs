using FluentValidation;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/get-transaction-status</c>: without a <c>transactionId</c>, asks only whether messages are queued.</summary>
internal sealed record GetTransactionStatusCommand(string? TransactionId);

internal sealed class GetTransactionStatusCommandValidator : AbstractValidator<GetTransactionStatusCommand>
{
    /// <summary>OCPP 2.0.1 GetTransactionStatusRequest.transactionId: identifierString of at most 36 characters.</summary>
    public GetTransactionStatusCommandValidator() =>
        RuleFor(c => c.TransactionId).NotEmpty().MaximumLength(36).When(c => c.TransactionId is not null);
}
