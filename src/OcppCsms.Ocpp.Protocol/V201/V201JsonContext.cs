using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Protocol.Json;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// Source-generated serialisation of the OCPP 2.0.1 messages. The part 3 schemas allow no additional properties except
/// inside customData; absent optional fields are left out, never written as null (part 4 §4.1.5).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true,
    Converters = [typeof(OcppDateTimeConverter)])]
// A Security
// B Provisioning
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(HeartbeatResponse))]
// C Authorization
// E Transactions
// F Remote control
// G Availability
// H Reservation
// I Tariff and cost
// J Meter values
// K Smart charging
[JsonSerializable(typeof(ClearChargingProfileRequest))]
[JsonSerializable(typeof(ClearChargingProfileResponse))]
[JsonSerializable(typeof(ClearedChargingLimitRequest))]
[JsonSerializable(typeof(ClearedChargingLimitResponse))]
[JsonSerializable(typeof(GetChargingProfilesRequest))]
[JsonSerializable(typeof(GetChargingProfilesResponse))]
[JsonSerializable(typeof(GetCompositeScheduleRequest))]
[JsonSerializable(typeof(GetCompositeScheduleResponse))]
[JsonSerializable(typeof(NotifyChargingLimitRequest))]
[JsonSerializable(typeof(NotifyChargingLimitResponse))]
[JsonSerializable(typeof(NotifyEVChargingNeedsRequest))]
[JsonSerializable(typeof(NotifyEVChargingNeedsResponse))]
[JsonSerializable(typeof(NotifyEVChargingScheduleRequest))]
[JsonSerializable(typeof(NotifyEVChargingScheduleResponse))]
[JsonSerializable(typeof(ReportChargingProfilesRequest))]
[JsonSerializable(typeof(ReportChargingProfilesResponse))]
[JsonSerializable(typeof(SetChargingProfileRequest))]
[JsonSerializable(typeof(SetChargingProfileResponse))]
// L Firmware management
[JsonSerializable(typeof(FirmwareStatusNotificationRequest))]
[JsonSerializable(typeof(FirmwareStatusNotificationResponse))]
[JsonSerializable(typeof(PublishFirmwareRequest))]
[JsonSerializable(typeof(PublishFirmwareResponse))]
[JsonSerializable(typeof(PublishFirmwareStatusNotificationRequest))]
[JsonSerializable(typeof(PublishFirmwareStatusNotificationResponse))]
[JsonSerializable(typeof(UnpublishFirmwareRequest))]
[JsonSerializable(typeof(UnpublishFirmwareResponse))]
[JsonSerializable(typeof(UpdateFirmwareRequest))]
[JsonSerializable(typeof(UpdateFirmwareResponse))]
// N Diagnostics
[JsonSerializable(typeof(ClearVariableMonitoringRequest))]
[JsonSerializable(typeof(ClearVariableMonitoringResponse))]
[JsonSerializable(typeof(CustomerInformationRequest))]
[JsonSerializable(typeof(CustomerInformationResponse))]
[JsonSerializable(typeof(GetLogRequest))]
[JsonSerializable(typeof(GetLogResponse))]
[JsonSerializable(typeof(GetMonitoringReportRequest))]
[JsonSerializable(typeof(GetMonitoringReportResponse))]
[JsonSerializable(typeof(LogStatusNotificationRequest))]
[JsonSerializable(typeof(LogStatusNotificationResponse))]
[JsonSerializable(typeof(NotifyCustomerInformationRequest))]
[JsonSerializable(typeof(NotifyCustomerInformationResponse))]
[JsonSerializable(typeof(NotifyEventRequest))]
[JsonSerializable(typeof(NotifyEventResponse))]
[JsonSerializable(typeof(NotifyMonitoringReportRequest))]
[JsonSerializable(typeof(NotifyMonitoringReportResponse))]
[JsonSerializable(typeof(SetMonitoringBaseRequest))]
[JsonSerializable(typeof(SetMonitoringBaseResponse))]
[JsonSerializable(typeof(SetMonitoringLevelRequest))]
[JsonSerializable(typeof(SetMonitoringLevelResponse))]
[JsonSerializable(typeof(SetVariableMonitoringRequest))]
[JsonSerializable(typeof(SetVariableMonitoringResponse))]
// O Display message
[JsonSerializable(typeof(ClearDisplayMessageRequest))]
[JsonSerializable(typeof(ClearDisplayMessageResponse))]
[JsonSerializable(typeof(GetDisplayMessagesRequest))]
[JsonSerializable(typeof(GetDisplayMessagesResponse))]
[JsonSerializable(typeof(NotifyDisplayMessagesRequest))]
[JsonSerializable(typeof(NotifyDisplayMessagesResponse))]
[JsonSerializable(typeof(SetDisplayMessageRequest))]
[JsonSerializable(typeof(SetDisplayMessageResponse))]
// P Data transfer
public sealed partial class V201JsonContext : JsonSerializerContext;
