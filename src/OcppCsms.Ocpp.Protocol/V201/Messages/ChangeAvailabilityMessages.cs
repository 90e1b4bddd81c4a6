namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.5.1 ChangeAvailabilityRequest (use cases G03, G04): the CSMS makes the station, an EVSE or a
/// connector operative or inoperative.
/// </summary>
public sealed record ChangeAvailabilityRequest
{
    public required OperationalStatusEnumType OperationalStatus { get; init; }

    /// <summary>The EVSE or connector to change; absent: the whole station.</summary>
    public EVSEType? Evse { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.5.2 ChangeAvailabilityResponse.</summary>
public sealed record ChangeAvailabilityResponse
{
    public required ChangeAvailabilityStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
