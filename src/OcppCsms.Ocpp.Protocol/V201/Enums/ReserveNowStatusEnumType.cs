namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.73 ReserveNowStatusEnumType: Result of a ReserveNowRequest.</summary>
public enum ReserveNowStatusEnumType
{
    Accepted,
    Faulted,
    Occupied,
    Rejected,
    Unavailable,
}
