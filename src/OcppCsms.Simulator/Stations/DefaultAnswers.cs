using System.Collections.Frozen;
using System.Text;
using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Simulator.Stations;

/// <summary>
/// How a simulated station answers the CSMS commands it has no behaviour for: what a real station without the feature
/// answers — Rejected, NotSupported, Unknown, nothing found — always valid against the action's schema (a test checks
/// every CSMS action of both versions). The actions a simulated station does act on are handled by
/// <see cref="V16.V16Station"/> and <see cref="V201.V201Station"/> before this table is consulted.
/// </summary>
internal static class DefaultAnswers
{
    /// <summary>
    /// OCPP 2.0.1 actions of functional blocks the station does not implement at all. OCPP 2.0.1 part 4 §4.3 defines
    /// NotSupported as "Requested Action is recognized but not supported by the receiver"; a station without monitoring
    /// (functional block N, optional) answers it so.
    /// </summary>
    public static readonly FrozenSet<string> V201NotSupported = FrozenSet.Create(StringComparer.Ordinal, "SetVariableMonitoring", "ClearVariableMonitoring");

    private static readonly FrozenDictionary<string, byte[]> V16 = Build(new Dictionary<string, string>
    {
        ["CancelReservation"] = """{"status":"Rejected"}""",
        ["ClearChargingProfile"] = """{"status":"Unknown"}""",
        ["GetCompositeSchedule"] = """{"status":"Rejected"}""",
        // §6.25: no fileName means there is nothing to upload.
        ["GetDiagnostics"] = "{}",
        // §6.27 note: -1 tells the CSMS the station has no local authorization list.
        ["GetLocalListVersion"] = """{"listVersion":-1}""",
        ["ReserveNow"] = """{"status":"Rejected"}""",
        ["SendLocalList"] = """{"status":"NotSupported"}""",
        ["SetChargingProfile"] = """{"status":"NotSupported"}""",
        ["UpdateFirmware"] = "{}",
        // Security whitepaper (edition 3) messages: no certificates, no logs, no signed firmware here.
        ["CertificateSigned"] = """{"status":"Rejected"}""",
        ["DeleteCertificate"] = """{"status":"NotFound"}""",
        ["ExtendedTriggerMessage"] = """{"status":"NotImplemented"}""",
        ["GetInstalledCertificateIds"] = """{"status":"NotFound"}""",
        ["GetLog"] = """{"status":"Rejected"}""",
        ["InstallCertificate"] = """{"status":"Rejected"}""",
        ["SignedUpdateFirmware"] = """{"status":"Rejected"}""",
    });

    private static readonly FrozenDictionary<string, byte[]> V201 = Build(new Dictionary<string, string>
    {
        ["CancelReservation"] = """{"status":"Rejected"}""",
        ["CertificateSigned"] = """{"status":"Rejected"}""",
        ["ClearChargingProfile"] = """{"status":"Unknown"}""",
        ["ClearDisplayMessage"] = """{"status":"Unknown"}""",
        ["CostUpdated"] = "{}",
        ["CustomerInformation"] = """{"status":"Rejected"}""",
        ["DeleteCertificate"] = """{"status":"NotFound"}""",
        ["GetChargingProfiles"] = """{"status":"NoProfiles"}""",
        ["GetCompositeSchedule"] = """{"status":"Rejected"}""",
        ["GetDisplayMessages"] = """{"status":"Unknown"}""",
        ["GetInstalledCertificateIds"] = """{"status":"NotFound"}""",
        ["GetLocalListVersion"] = """{"versionNumber":0}""",
        ["GetLog"] = """{"status":"Rejected"}""",
        ["GetMonitoringReport"] = """{"status":"NotSupported"}""",
        // B08.FR.16: Rejected is "temporarily unable to execute"; the simulated device model is answered through GetVariables.
        ["GetReport"] = """{"status":"Rejected"}""",
        ["InstallCertificate"] = """{"status":"Rejected"}""",
        ["PublishFirmware"] = """{"status":"Rejected"}""",
        ["ReserveNow"] = """{"status":"Rejected"}""",
        ["SendLocalList"] = """{"status":"Failed"}""",
        ["SetChargingProfile"] = """{"status":"Rejected"}""",
        ["SetDisplayMessage"] = """{"status":"Rejected"}""",
        ["SetMonitoringBase"] = """{"status":"NotSupported"}""",
        ["SetMonitoringLevel"] = """{"status":"Rejected"}""",
        ["SetNetworkProfile"] = """{"status":"Rejected"}""",
        ["UnpublishFirmware"] = """{"status":"NoFirmware"}""",
        ["UpdateFirmware"] = """{"status":"Rejected"}""",
    });

    public static bool TryGet(OcppVersion version, string action, out byte[] payload) =>
        (version == OcppVersion.V16 ? V16 : V201).TryGetValue(action, out payload!);

    public static IEnumerable<string> Actions(OcppVersion version) => (version == OcppVersion.V16 ? V16 : V201).Keys;

    private static FrozenDictionary<string, byte[]> Build(Dictionary<string, string> answers) =>
        answers.ToFrozenDictionary(a => a.Key, a => Encoding.UTF8.GetBytes(a.Value), StringComparer.Ordinal);
}
