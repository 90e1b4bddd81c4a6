namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.62.1 UnlockConnectorRequest (use case F05): the CSMS asks the station to unlock a connector.
/// </summary>
public sealed record UnlockConnectorRequest
{
    public required int EvseId { get; init; }

    /// <summary>The connector within the EVSE.</summary>
    public required int ConnectorId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.62.2 UnlockConnectorResponse.</summary>
public sealed record UnlockConnectorResponse
{
    public required UnlockStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
