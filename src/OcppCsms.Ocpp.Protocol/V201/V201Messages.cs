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
        // B Provisioning
        new("Heartbeat", Station, Json.HeartbeatRequest, Json.HeartbeatResponse),
        // C Authorization
        // E Transactions
        // F Remote control
        // G Availability
        // H Reservation
        // I Tariff and cost
        // J Meter values
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
    ]);
}
