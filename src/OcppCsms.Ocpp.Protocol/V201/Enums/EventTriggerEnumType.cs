namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.32 EventTriggerEnumType: What triggered an event: a threshold passed (Alerting), a delta
/// exceeded or a periodic sample.
/// </summary>
public enum EventTriggerEnumType
{
    Alerting,
    Delta,
    Periodic,
}
