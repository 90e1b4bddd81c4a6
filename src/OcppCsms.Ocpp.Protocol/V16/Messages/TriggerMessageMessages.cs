namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.51 TriggerMessage.req.</summary>
public sealed record TriggerMessageRequest
{
    public required MessageTrigger RequestedMessage { get; init; }

    /// <summary>Only when the request is for one connector.</summary>
    public int? ConnectorId { get; init; }
}

/// <summary>OCPP 1.6 §6.52 TriggerMessage.conf.</summary>
public sealed record TriggerMessageResponse
{
    public required TriggerMessageStatus Status { get; init; }
}
