using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.31 MessageInfoType: A message to be shown on a display of the Charging Station
/// (SetDisplayMessageRequest, NotifyDisplayMessagesRequest).
/// </summary>
public sealed record MessageInfoType
{
    /// <summary>Id of the message, unique within its exchange context (0 or more).</summary>
    public required int Id { get; init; }

    public required MessagePriorityEnumType Priority { get; init; }

    /// <summary>Station state during which the message is shown; absent means in any state.</summary>
    public MessageStateEnumType? State { get; init; }

    /// <summary>
    /// From when the message is shown; absent means immediately. The spec's table calls it startTime; the schema's
    /// name is the wire name.
    /// </summary>
    public DateTime? StartDateTime { get; init; }

    /// <summary>Until when the message is shown; afterwards it is removed.</summary>
    public DateTime? EndDateTime { get; init; }

    /// <summary>Show during this transaction only; removed when the transaction ends.</summary>
    [MaxLength(36)]
    public string? TransactionId { get; init; }

    public required MessageContentType Message { get; init; }

    /// <summary>The display the message belongs to, when the Charging Station has several.</summary>
    public ComponentType? Display { get; init; }

    public CustomDataType? CustomData { get; init; }
}
