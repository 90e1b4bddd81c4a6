using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// <c>POST …/commands/trigger-message</c> (<see cref="TriggeredMessage"/>) and <c>…/extended-trigger-message</c>
/// (<see cref="ExtendedTriggeredMessage"/>): the message, and the 1.6 connector (2.0.1 EVSE) it concerns; absent, all of them.
/// </summary>
internal sealed record TriggerCommand<TMessage>(TMessage? RequestedMessage, int? ConnectorId)
    where TMessage : struct, Enum;

internal sealed class TriggerCommandValidator<TMessage> : AbstractValidator<TriggerCommand<TMessage>>
    where TMessage : struct, Enum
{
    public TriggerCommandValidator()
    {
        RuleFor(c => c.RequestedMessage).NotNull();
        RuleFor(c => c.ConnectorId).ConnectorOrEvse();
    }
}
