namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.31 EventNotificationEnumType: What produced an event notification: a hard-wired
/// notification, or a hard-wired, preconfigured or custom monitor.
/// </summary>
public enum EventNotificationEnumType
{
    HardWiredNotification,
    HardWiredMonitor,
    PreconfiguredMonitor,
    CustomMonitor,
}
