namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.3 AvailabilityStatus: the answer to ChangeAvailability.req.</summary>
public enum AvailabilityStatus
{
    Accepted,
    Rejected,
    Scheduled,
}
