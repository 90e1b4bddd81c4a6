namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.84 UnpublishFirmwareStatusEnumType: Result of an UnpublishFirmwareRequest.</summary>
public enum UnpublishFirmwareStatusEnumType
{
    DownloadOngoing,
    NoFirmware,
    Unpublished,
}
