namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.7 ChangeAvailability.req.</summary>
public sealed record ChangeAvailabilityRequest
{
    /// <summary>The connector, or 0 for the Charge Point and all its connectors.</summary>
    public required int ConnectorId { get; init; }

    public required AvailabilityType Type { get; init; }
}

/// <summary>OCPP 1.6 §6.8 ChangeAvailability.conf.</summary>
public sealed record ChangeAvailabilityResponse
{
    public required AvailabilityStatus Status { get; init; }
}
