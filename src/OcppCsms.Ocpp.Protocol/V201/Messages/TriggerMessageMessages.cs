namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.61.1 TriggerMessageRequest (use case F06): the CSMS asks the station to send one of its
/// messages now.
/// </summary>
public sealed record TriggerMessageRequest
{
    public required MessageTriggerEnumType RequestedMessage { get; init; }

    /// <summary>The EVSE (and connector) the triggered message is about, where it needs one.</summary>
    public EVSEType? Evse { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.61.2 TriggerMessageResponse.</summary>
public sealed record TriggerMessageResponse
{
    public required TriggerMessageStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
