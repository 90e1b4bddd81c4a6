namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.59.1 StatusNotificationRequest (use case G01): the station reports the status of a connector.
/// </summary>
public sealed record StatusNotificationRequest
{
    /// <summary>The time the status applies to.</summary>
    public required DateTime Timestamp { get; init; }

    public required ConnectorStatusEnumType ConnectorStatus { get; init; }

    public required int EvseId { get; init; }

    /// <summary>The connector within the EVSE.</summary>
    public required int ConnectorId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.59.2 StatusNotificationResponse: no fields.</summary>
public sealed record StatusNotificationResponse
{
    public CustomDataType? CustomData { get; init; }
}
