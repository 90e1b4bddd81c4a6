namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.40 ReservationStatus: the answer to ReserveNow.req.</summary>
public enum ReservationStatus
{
    Accepted,
    Faulted,
    Occupied,
    Rejected,
    Unavailable,
}
