using OcppCsms.Ocpp.Protocol.Messages;
using static OcppCsms.Ocpp.Protocol.Messages.MessageSender;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>The actions of OCPP 1.6 edition 2 (all feature profiles, §5 and §6) and of the 1.6 security whitepaper.</summary>
public static class V16Messages
{
    private static readonly V16JsonContext Json = V16JsonContext.Default;

    public static readonly OcppMessageCatalog Catalog = new(OcppVersion.V16,
    [
        // OCPP 1.6 edition 2 (§6), all six feature profiles
        new("Authorize", Station, Json.AuthorizeRequest, Json.AuthorizeResponse),
        new("BootNotification", Station, Json.BootNotificationRequest, Json.BootNotificationResponse),
        new("CancelReservation", Csms, Json.CancelReservationRequest, Json.CancelReservationResponse),
        new("ChangeAvailability", Csms, Json.ChangeAvailabilityRequest, Json.ChangeAvailabilityResponse),
        new("ChangeConfiguration", Csms, Json.ChangeConfigurationRequest, Json.ChangeConfigurationResponse),
        new("ClearCache", Csms, Json.ClearCacheRequest, Json.ClearCacheResponse),
        new("ClearChargingProfile", Csms, Json.ClearChargingProfileRequest, Json.ClearChargingProfileResponse),
        new("DataTransfer", Both, Json.DataTransferRequest, Json.DataTransferResponse),
        new("DiagnosticsStatusNotification", Station, Json.DiagnosticsStatusNotificationRequest, Json.DiagnosticsStatusNotificationResponse),
        new("FirmwareStatusNotification", Station, Json.FirmwareStatusNotificationRequest, Json.FirmwareStatusNotificationResponse),
        new("GetCompositeSchedule", Csms, Json.GetCompositeScheduleRequest, Json.GetCompositeScheduleResponse),
        new("GetConfiguration", Csms, Json.GetConfigurationRequest, Json.GetConfigurationResponse),
        new("GetDiagnostics", Csms, Json.GetDiagnosticsRequest, Json.GetDiagnosticsResponse),
        new("GetLocalListVersion", Csms, Json.GetLocalListVersionRequest, Json.GetLocalListVersionResponse),
        new("Heartbeat", Station, Json.HeartbeatRequest, Json.HeartbeatResponse),
        new("MeterValues", Station, Json.MeterValuesRequest, Json.MeterValuesResponse),
        new("RemoteStartTransaction", Csms, Json.RemoteStartTransactionRequest, Json.RemoteStartTransactionResponse),
        new("RemoteStopTransaction", Csms, Json.RemoteStopTransactionRequest, Json.RemoteStopTransactionResponse),
        new("ReserveNow", Csms, Json.ReserveNowRequest, Json.ReserveNowResponse),
        new("Reset", Csms, Json.ResetRequest, Json.ResetResponse),
        new("SendLocalList", Csms, Json.SendLocalListRequest, Json.SendLocalListResponse),
        new("SetChargingProfile", Csms, Json.SetChargingProfileRequest, Json.SetChargingProfileResponse),
        new("StartTransaction", Station, Json.StartTransactionRequest, Json.StartTransactionResponse),
        new("StatusNotification", Station, Json.StatusNotificationRequest, Json.StatusNotificationResponse),
        new("StopTransaction", Station, Json.StopTransactionRequest, Json.StopTransactionResponse),
        new("TriggerMessage", Csms, Json.TriggerMessageRequest, Json.TriggerMessageResponse),
        new("UnlockConnector", Csms, Json.UnlockConnectorRequest, Json.UnlockConnectorResponse),
        new("UpdateFirmware", Csms, Json.UpdateFirmwareRequest, Json.UpdateFirmwareResponse),
        // OCPP 1.6 security whitepaper edition 3 (§5)
        new("CertificateSigned", Csms, Json.CertificateSignedRequest, Json.CertificateSignedResponse),
        new("DeleteCertificate", Csms, Json.DeleteCertificateRequest, Json.DeleteCertificateResponse),
        new("ExtendedTriggerMessage", Csms, Json.ExtendedTriggerMessageRequest, Json.ExtendedTriggerMessageResponse),
        new("GetInstalledCertificateIds", Csms, Json.GetInstalledCertificateIdsRequest, Json.GetInstalledCertificateIdsResponse),
        new("GetLog", Csms, Json.GetLogRequest, Json.GetLogResponse),
        new("InstallCertificate", Csms, Json.InstallCertificateRequest, Json.InstallCertificateResponse),
        new("LogStatusNotification", Station, Json.LogStatusNotificationRequest, Json.LogStatusNotificationResponse),
        new("SecurityEventNotification", Station, Json.SecurityEventNotificationRequest, Json.SecurityEventNotificationResponse),
        new("SignCertificate", Station, Json.SignCertificateRequest, Json.SignCertificateResponse),
        new("SignedFirmwareStatusNotification", Station, Json.SignedFirmwareStatusNotificationRequest, Json.SignedFirmwareStatusNotificationResponse),
        new("SignedUpdateFirmware", Csms, Json.SignedUpdateFirmwareRequest, Json.SignedUpdateFirmwareResponse),
    ]);
}
