using OcppCsms.Ocpp.Protocol.Messages;
using static OcppCsms.Ocpp.Protocol.Messages.MessageSender;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>The actions of OCPP 2.0.1 edition 3 (part 2 §1, the messages of every functional block).</summary>
public static class V201Messages
{
    private static readonly V201JsonContext Json = V201JsonContext.Default;

    public static readonly OcppMessageCatalog Catalog = new(OcppVersion.V201,
    [
        // A Security
        new("CertificateSigned", Csms, Json.CertificateSignedRequest, Json.CertificateSignedResponse),
        new("DeleteCertificate", Csms, Json.DeleteCertificateRequest, Json.DeleteCertificateResponse),
        new("Get15118EVCertificate", Station, Json.Get15118EVCertificateRequest, Json.Get15118EVCertificateResponse),
        new("GetCertificateStatus", Station, Json.GetCertificateStatusRequest, Json.GetCertificateStatusResponse),
        new("GetInstalledCertificateIds", Csms, Json.GetInstalledCertificateIdsRequest, Json.GetInstalledCertificateIdsResponse),
        new("InstallCertificate", Csms, Json.InstallCertificateRequest, Json.InstallCertificateResponse),
        new("SecurityEventNotification", Station, Json.SecurityEventNotificationRequest, Json.SecurityEventNotificationResponse),
        new("SignCertificate", Station, Json.SignCertificateRequest, Json.SignCertificateResponse),
        // B Provisioning
        new("BootNotification", Station, Json.BootNotificationRequest, Json.BootNotificationResponse),
        new("GetBaseReport", Csms, Json.GetBaseReportRequest, Json.GetBaseReportResponse),
        new("GetReport", Csms, Json.GetReportRequest, Json.GetReportResponse),
        new("GetVariables", Csms, Json.GetVariablesRequest, Json.GetVariablesResponse),
        new("Heartbeat", Station, Json.HeartbeatRequest, Json.HeartbeatResponse),
        new("NotifyReport", Station, Json.NotifyReportRequest, Json.NotifyReportResponse),
        new("Reset", Csms, Json.ResetRequest, Json.ResetResponse),
        new("SetNetworkProfile", Csms, Json.SetNetworkProfileRequest, Json.SetNetworkProfileResponse),
        new("SetVariables", Csms, Json.SetVariablesRequest, Json.SetVariablesResponse),
        // C Authorization
        new("Authorize", Station, Json.AuthorizeRequest, Json.AuthorizeResponse),
        new("ClearCache", Csms, Json.ClearCacheRequest, Json.ClearCacheResponse),
        new("GetLocalListVersion", Csms, Json.GetLocalListVersionRequest, Json.GetLocalListVersionResponse),
        new("SendLocalList", Csms, Json.SendLocalListRequest, Json.SendLocalListResponse),
        // E Transactions
        new("GetTransactionStatus", Csms, Json.GetTransactionStatusRequest, Json.GetTransactionStatusResponse),
        new("TransactionEvent", Station, Json.TransactionEventRequest, Json.TransactionEventResponse),
        // F Remote control
        new("RequestStartTransaction", Csms, Json.RequestStartTransactionRequest, Json.RequestStartTransactionResponse),
        new("RequestStopTransaction", Csms, Json.RequestStopTransactionRequest, Json.RequestStopTransactionResponse),
        new("TriggerMessage", Csms, Json.TriggerMessageRequest, Json.TriggerMessageResponse),
        new("UnlockConnector", Csms, Json.UnlockConnectorRequest, Json.UnlockConnectorResponse),
        // G Availability
        new("ChangeAvailability", Csms, Json.ChangeAvailabilityRequest, Json.ChangeAvailabilityResponse),
        new("StatusNotification", Station, Json.StatusNotificationRequest, Json.StatusNotificationResponse),
        // H Reservation
        new("CancelReservation", Csms, Json.CancelReservationRequest, Json.CancelReservationResponse),
        new("ReservationStatusUpdate", Station, Json.ReservationStatusUpdateRequest, Json.ReservationStatusUpdateResponse),
        new("ReserveNow", Csms, Json.ReserveNowRequest, Json.ReserveNowResponse),
        // I Tariff and cost
        new("CostUpdated", Csms, Json.CostUpdatedRequest, Json.CostUpdatedResponse),
        // J Meter values
        new("MeterValues", Station, Json.MeterValuesRequest, Json.MeterValuesResponse),
        // K Smart charging
        new("ClearChargingProfile", Csms, Json.ClearChargingProfileRequest, Json.ClearChargingProfileResponse),
        new("ClearedChargingLimit", Station, Json.ClearedChargingLimitRequest, Json.ClearedChargingLimitResponse),
        new("GetChargingProfiles", Csms, Json.GetChargingProfilesRequest, Json.GetChargingProfilesResponse),
        new("GetCompositeSchedule", Csms, Json.GetCompositeScheduleRequest, Json.GetCompositeScheduleResponse),
        new("NotifyChargingLimit", Station, Json.NotifyChargingLimitRequest, Json.NotifyChargingLimitResponse),
        new("NotifyEVChargingNeeds", Station, Json.NotifyEVChargingNeedsRequest, Json.NotifyEVChargingNeedsResponse),
        new("NotifyEVChargingSchedule", Station, Json.NotifyEVChargingScheduleRequest, Json.NotifyEVChargingScheduleResponse),
        new("ReportChargingProfiles", Station, Json.ReportChargingProfilesRequest, Json.ReportChargingProfilesResponse),
        new("SetChargingProfile", Csms, Json.SetChargingProfileRequest, Json.SetChargingProfileResponse),
        // L Firmware management
        new("FirmwareStatusNotification", Station, Json.FirmwareStatusNotificationRequest, Json.FirmwareStatusNotificationResponse),
        new("PublishFirmware", Csms, Json.PublishFirmwareRequest, Json.PublishFirmwareResponse),
        new("PublishFirmwareStatusNotification", Station, Json.PublishFirmwareStatusNotificationRequest, Json.PublishFirmwareStatusNotificationResponse),
        new("UnpublishFirmware", Csms, Json.UnpublishFirmwareRequest, Json.UnpublishFirmwareResponse),
        new("UpdateFirmware", Csms, Json.UpdateFirmwareRequest, Json.UpdateFirmwareResponse),
        // N Diagnostics
        new("ClearVariableMonitoring", Csms, Json.ClearVariableMonitoringRequest, Json.ClearVariableMonitoringResponse),
        new("CustomerInformation", Csms, Json.CustomerInformationRequest, Json.CustomerInformationResponse),
        new("GetLog", Csms, Json.GetLogRequest, Json.GetLogResponse),
        new("GetMonitoringReport", Csms, Json.GetMonitoringReportRequest, Json.GetMonitoringReportResponse),
        new("LogStatusNotification", Station, Json.LogStatusNotificationRequest, Json.LogStatusNotificationResponse),
        new("NotifyCustomerInformation", Station, Json.NotifyCustomerInformationRequest, Json.NotifyCustomerInformationResponse),
        new("NotifyEvent", Station, Json.NotifyEventRequest, Json.NotifyEventResponse),
        new("NotifyMonitoringReport", Station, Json.NotifyMonitoringReportRequest, Json.NotifyMonitoringReportResponse),
        new("SetMonitoringBase", Csms, Json.SetMonitoringBaseRequest, Json.SetMonitoringBaseResponse),
        new("SetMonitoringLevel", Csms, Json.SetMonitoringLevelRequest, Json.SetMonitoringLevelResponse),
        new("SetVariableMonitoring", Csms, Json.SetVariableMonitoringRequest, Json.SetVariableMonitoringResponse),
        // O Display message
        new("ClearDisplayMessage", Csms, Json.ClearDisplayMessageRequest, Json.ClearDisplayMessageResponse),
        new("GetDisplayMessages", Csms, Json.GetDisplayMessagesRequest, Json.GetDisplayMessagesResponse),
        new("NotifyDisplayMessages", Station, Json.NotifyDisplayMessagesRequest, Json.NotifyDisplayMessagesResponse),
        new("SetDisplayMessage", Csms, Json.SetDisplayMessageRequest, Json.SetDisplayMessageResponse),
        // P Data transfer
        new("DataTransfer", Both, Json.DataTransferRequest, Json.DataTransferResponse),
    ]);
}
