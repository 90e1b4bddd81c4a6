namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.46.1 ReservationStatusUpdateRequest (use case H04, H01.FR.16/17): the station reports that a
/// reservation expired or was removed without being used.
/// </summary>
public sealed record ReservationStatusUpdateRequest
{
    public required int ReservationId { get; init; }

    public required ReservationUpdateStatusEnumType ReservationUpdateStatus { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.46.2 ReservationStatusUpdateResponse: no fields.</summary>
public sealed record ReservationStatusUpdateResponse
{
    public CustomDataType? CustomData { get; init; }
}
