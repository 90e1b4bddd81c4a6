namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.6 CancelReservationStatusEnumType: Result of a CancelReservationRequest.</summary>
public enum CancelReservationStatusEnumType
{
    Accepted,
    Rejected,
}
