using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.38.1 NotifyEventRequest (use cases N07, N08): the station reports monitoring events.
/// </summary>
public sealed record NotifyEventRequest
{
    public required DateTime GeneratedAt { get; init; }

    /// <summary>To be continued: more parts follow (absent means false).</summary>
    public bool? Tbc { get; init; }

    /// <summary>Sequence number of this part; the first is 0.</summary>
    public required int SeqNo { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<EventDataType> EventData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.38.2 NotifyEventResponse: no fields.</summary>
public sealed record NotifyEventResponse
{
    public CustomDataType? CustomData { get; init; }
}
