namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.26 GetCompositeScheduleStatus: the answer to GetCompositeSchedule.req.</summary>
public enum GetCompositeScheduleStatus
{
    Accepted,
    Rejected,
}
