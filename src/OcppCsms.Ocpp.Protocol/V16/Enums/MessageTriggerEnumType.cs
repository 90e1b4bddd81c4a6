namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.16 MessageTriggerEnumType: the message ExtendedTriggerMessage.req asks for (FirmwareStatusNotification triggers SignedFirmwareStatusNotification.req).</summary>
public enum MessageTriggerEnumType
{
    BootNotification,
    LogStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    SignChargePointCertificate,
    StatusNotification,
}
