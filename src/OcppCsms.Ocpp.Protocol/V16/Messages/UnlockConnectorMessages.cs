namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.53 UnlockConnector.req.</summary>
public sealed record UnlockConnectorRequest
{
    public required int ConnectorId { get; init; }
}

/// <summary>OCPP 1.6 §6.54 UnlockConnector.conf.</summary>
public sealed record UnlockConnectorResponse
{
    public required UnlockStatus Status { get; init; }
}
