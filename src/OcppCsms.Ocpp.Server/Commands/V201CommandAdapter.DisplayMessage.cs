using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>Functional block O, display messages (OCPP 2.0.1 part 2 O01–O06).</summary>
internal sealed partial class V201CommandAdapter
{
    public Task<CommandResult> SetDisplayMessageAsync(string stationId, DisplayMessage message, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetDisplayMessage",
            new SetDisplayMessageRequest
            {
                Message = new MessageInfoType
                {
                    Id = message.Id,
                    Priority = Enum.Parse<MessagePriorityEnumType>(message.Priority.ToString()),
                    State = message.State is { } state ? Enum.Parse<MessageStateEnumType>(state.ToString()) : null,
                    StartDateTime = message.StartDateTime,
                    EndDateTime = message.EndDateTime,
                    TransactionId = message.TransactionId,
                    Message = new MessageContentType
                    {
                        Format = Enum.Parse<MessageFormatEnumType>(message.Message.Format.ToString()),
                        Language = message.Message.Language,
                        Content = message.Message.Content,
                    },
                    Display = message.Display is { } display ? ToComponent(display) : null,
                },
            },
            Json.SetDisplayMessageRequest, Json.SetDisplayMessageResponse, cancellationToken);

    public Task<CommandResult> GetDisplayMessagesAsync(string stationId, DisplayMessageQuery query, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetDisplayMessages",
            new GetDisplayMessagesRequest
            {
                RequestId = requestId,
                Id = query.Ids,
                Priority = query.Priority is { } priority ? Enum.Parse<MessagePriorityEnumType>(priority.ToString()) : null,
                State = query.State is { } state ? Enum.Parse<MessageStateEnumType>(state.ToString()) : null,
            },
            Json.GetDisplayMessagesRequest, Json.GetDisplayMessagesResponse, cancellationToken, requestId);
    }

    public Task<CommandResult> ClearDisplayMessageAsync(string stationId, int messageId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearDisplayMessage", new ClearDisplayMessageRequest { Id = messageId },
            Json.ClearDisplayMessageRequest, Json.ClearDisplayMessageResponse, cancellationToken);
}
