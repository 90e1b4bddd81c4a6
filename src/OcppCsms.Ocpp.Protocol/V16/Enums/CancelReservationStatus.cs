namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.5 CancelReservationStatus: the answer to CancelReservation.req.</summary>
public enum CancelReservationStatus
{
    Accepted,
    Rejected,
}
