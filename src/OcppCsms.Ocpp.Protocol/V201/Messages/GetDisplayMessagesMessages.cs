using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.21.1 GetDisplayMessagesRequest (use cases O03, O04): the CSMS asks for the configured display
/// messages, reported by NotifyDisplayMessagesRequest.
/// </summary>
public sealed record GetDisplayMessagesRequest
{
    /// <summary>Report only the messages with these ids.</summary>
    [MinLength(1)]
    public IReadOnlyList<int>? Id { get; init; }

    public required int RequestId { get; init; }

    /// <summary>Report only messages of this priority.</summary>
    public MessagePriorityEnumType? Priority { get; init; }

    /// <summary>Report only messages shown in this state.</summary>
    public MessageStateEnumType? State { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.21.2 GetDisplayMessagesResponse.</summary>
public sealed record GetDisplayMessagesResponse
{
    public required GetDisplayMessagesStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
