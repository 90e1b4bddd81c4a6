using System.Collections.Frozen;

namespace OcppCsms.Ocpp.Protocol;

/// <summary>
/// The actions a station may send to the CSMS, per version (OCPP 1.6 edition 2 §4 with the security whitepaper §5;
/// OCPP 2.0.1 part 2, messages sent by the Charging Station). docs/ocpp.md lists them with their status.
/// </summary>
public static class OcppActions
{
    private static readonly FrozenSet<string> V16 = FrozenSet.Create(StringComparer.Ordinal,
        "Authorize", "BootNotification", "DataTransfer", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
        "LogStatusNotification", "MeterValues", "SecurityEventNotification", "SignCertificate", "SignedFirmwareStatusNotification",
        "StartTransaction", "StatusNotification", "StopTransaction");

    private static readonly FrozenSet<string> V201 = FrozenSet.Create(StringComparer.Ordinal,
        "Authorize", "BootNotification", "ClearedChargingLimit", "DataTransfer", "FirmwareStatusNotification", "Get15118EVCertificate",
        "GetCertificateStatus", "Heartbeat", "LogStatusNotification", "MeterValues", "NotifyChargingLimit", "NotifyCustomerInformation",
        "NotifyDisplayMessages", "NotifyEVChargingNeeds", "NotifyEVChargingSchedule", "NotifyEvent", "NotifyMonitoringReport", "NotifyReport",
        "PublishFirmwareStatusNotification", "ReportChargingProfiles", "ReservationStatusUpdate", "SecurityEventNotification", "SignCertificate",
        "StatusNotification", "TransactionEvent");

    /// <summary>Whether <paramref name="action"/> is one a station of <paramref name="version"/> may send (case-sensitive, OCPP-J §4.2.1).</summary>
    public static bool IsStationAction(OcppVersion version, string action) =>
        (version == OcppVersion.V16 ? V16 : V201).Contains(action);
}
