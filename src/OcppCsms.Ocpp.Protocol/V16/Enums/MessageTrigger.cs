namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.32 MessageTrigger: the message TriggerMessage.req asks for.</summary>
public enum MessageTrigger
{
    BootNotification,
    DiagnosticsStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    StatusNotification,
}
