using System.Collections.Frozen;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Stations.SecurityEvents;

/// <summary>
/// The security events each version's list marks critical: those a station must push to the CSMS at once. The 2.0.1
/// list marks more of them critical, and renames the Central System events.
/// </summary>
internal static class CriticalSecurityEvents
{
    /// <summary>OCPP 1.6 security whitepaper edition 3 §8.</summary>
    private static readonly FrozenSet<string> V16 = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "FirmwareUpdated", "SettingSystemTime", "StartupOfTheDevice", "ResetOrReboot", "SecurityLogWasCleared", "MemoryExhaustion",
        "TamperDetectionActivated");

    /// <summary>OCPP 2.0.1 edition 3 part 2 appendices, appendix 1.</summary>
    private static readonly FrozenSet<string> V201 = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "FirmwareUpdated", "SettingSystemTime", "StartupOfTheDevice", "ResetOrReboot", "SecurityLogWasCleared", "MemoryExhaustion",
        "TamperDetectionActivated", "InvalidFirmwareSignature", "InvalidFirmwareSigningCertificate", "InvalidCsmsCertificate",
        "InvalidChargingStationCertificate", "InvalidTLSVersion", "InvalidTLSCipherSuite", "MaintenanceLoginAccepted", "MaintenanceLoginFailed");

    /// <summary>Event names are compared without regard to case: 1.6 sends them as CiString50Type.</summary>
    public static bool IsCritical(OcppVersion version, string type) => (version == OcppVersion.V16 ? V16 : V201).Contains(type);
}
