namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.72 ReservationUpdateStatusEnumType: Why a reservation ended, as told by
/// ReservationStatusUpdateRequest.
/// </summary>
public enum ReservationUpdateStatusEnumType
{
    Expired,
    Removed,
}
