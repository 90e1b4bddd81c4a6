namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.5 ExtendedTriggerMessage.req (2.0.1's TriggerMessageRequest, renamed).</summary>
public sealed record ExtendedTriggerMessageRequest
{
    public required MessageTriggerEnumType RequestedMessage { get; init; }

    /// <summary>Only when the request is for one connector.</summary>
    public int? ConnectorId { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.6 ExtendedTriggerMessage.conf.</summary>
public sealed record ExtendedTriggerMessageResponse
{
    public required TriggerMessageStatusEnumType Status { get; init; }
}
