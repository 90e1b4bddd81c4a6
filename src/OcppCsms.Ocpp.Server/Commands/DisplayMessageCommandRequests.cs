using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/set-display-message</c>: the message to show (O01, O02, O06).</summary>
internal sealed record SetDisplayMessageCommand(DisplayMessageBody? Message)
{
    public DisplayMessage ToRequest()
    {
        var message = Message!;
        return new DisplayMessage(message.Id!.Value, message.Priority!.Value,
            new DisplayMessageContent(message.Message!.Format!.Value, message.Message.Content!, message.Message.Language),
            message.State, message.StartDateTime, message.EndDateTime, message.TransactionId, message.Display?.ToComponent());
    }
}

/// <summary>2.0.1 MessageInfoType.</summary>
internal sealed record DisplayMessageBody(
    int? Id, DisplayMessagePriority? Priority, DisplayMessageState? State, DateTime? StartDateTime, DateTime? EndDateTime, string? TransactionId,
    DisplayMessageContentBody? Message, ComponentBody? Display);

/// <summary>2.0.1 MessageContentType.</summary>
internal sealed record DisplayMessageContentBody(DisplayMessageFormat? Format, string? Language, string? Content);

/// <summary><c>POST …/commands/get-display-messages</c> (O03, O04): the CSMS allocates the requestId and answers with it.</summary>
internal sealed record GetDisplayMessagesCommand(IReadOnlyList<int>? Id, DisplayMessagePriority? Priority, DisplayMessageState? State)
{
    public DisplayMessageQuery ToRequest() => new(Id, Priority, State);
}

/// <summary><c>POST …/commands/clear-display-message</c>: the id of the message to remove (O05).</summary>
internal sealed record ClearDisplayMessageCommand(int? Id);

internal sealed class SetDisplayMessageCommandValidator : AbstractValidator<SetDisplayMessageCommand>
{
    public SetDisplayMessageCommandValidator()
    {
        RuleFor(c => c.Message).NotNull();
        When(c => c.Message is not null, () =>
        {
            RuleFor(c => c.Message!.Id).NotNull().GreaterThanOrEqualTo(0).OverridePropertyName("message.id");
            RuleFor(c => c.Message!.Priority).NotNull().OverridePropertyName("message.priority");
            RuleFor(c => c.Message!.EndDateTime).NotBefore(c => c.Message!.StartDateTime, "message.startDateTime").OverridePropertyName("message.endDateTime");
            RuleFor(c => c.Message!.Message).NotNull().OverridePropertyName("message.message");
            RuleFor(c => c.Message!.Message!.Format).NotNull().OverridePropertyName("message.message.format").When(c => c.Message!.Message is not null);
            RuleFor(c => c.Message!.Message!.Content).NotEmpty().OverridePropertyName("message.message.content").When(c => c.Message!.Message is not null);
            RuleFor(c => c.Message!.Display).SetValidator(new ComponentBodyValidator()!).OverridePropertyName("message.display").When(c => c.Message!.Display is not null);
        });
    }
}

internal sealed class GetDisplayMessagesCommandValidator : AbstractValidator<GetDisplayMessagesCommand>
{
    public GetDisplayMessagesCommandValidator()
    {
        RuleFor(c => c.Id).Must(ids => ids is null || ids.Count > 0).WithMessage("'{PropertyName}' must not be empty; leave it out to ask for all.");
        RuleForEach(c => c.Id).GreaterThanOrEqualTo(0);
    }
}

internal sealed class ClearDisplayMessageCommandValidator : AbstractValidator<ClearDisplayMessageCommand>
{
    public ClearDisplayMessageCommandValidator() => RuleFor(c => c.Id).NotNull().GreaterThanOrEqualTo(0);
}
