namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.3.1 CancelReservationRequest (use case H02): the CSMS cancels a reservation.
/// </summary>
public sealed record CancelReservationRequest
{
    public required int ReservationId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.3.2 CancelReservationResponse.</summary>
public sealed record CancelReservationResponse
{
    public required CancelReservationStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
