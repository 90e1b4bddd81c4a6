namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.10 ChangeAvailabilityStatusEnumType: Result of a ChangeAvailabilityRequest; Scheduled means
/// it takes effect when the running transactions end.
/// </summary>
public enum ChangeAvailabilityStatusEnumType
{
    Accepted,
    Rejected,
    Scheduled,
}
