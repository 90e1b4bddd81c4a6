namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.5 CancelReservation.req.</summary>
public sealed record CancelReservationRequest
{
    public required int ReservationId { get; init; }
}

/// <summary>OCPP 1.6 §6.6 CancelReservation.conf.</summary>
public sealed record CancelReservationResponse
{
    public required CancelReservationStatus Status { get; init; }
}
