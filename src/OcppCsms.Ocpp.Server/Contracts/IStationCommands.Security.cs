namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// The commands of the OCPP 1.6 security whitepaper (edition 3 §5), which are OCPP 2.0.1 messages renamed: their 2.0.1
/// twins are the originals.
/// </summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 1.6 ExtendedTriggerMessage (whitepaper §5.5); OCPP 2.0.1 TriggerMessage F06 (of EVSE <paramref name="connectorId"/>).
    /// </summary>
    Task<CommandResult> ExtendedTriggerMessageAsync(string stationId, ExtendedTriggeredMessage message, int? connectorId, CancellationToken cancellationToken);

    /// <summary>
    /// GetLog in both versions (whitepaper §5.9, 2.0.1 N01). The request id is the caller's or, absent, one the CSMS
    /// allocates (<see cref="CommandResult.RequestId"/>): the station's LogStatusNotifications repeat it (N01.FR.07).
    /// </summary>
    Task<CommandResult> GetLogAsync(string stationId, LogUpload request, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 SignedUpdateFirmware (whitepaper §5.21, L01); OCPP 2.0.1 UpdateFirmware with the signature (L01). The
    /// request id is the caller's or one the CSMS allocates: the station's firmware status notifications repeat it (L01.FR.10).
    /// </summary>
    Task<CommandResult> SignedUpdateFirmwareAsync(string stationId, SignedFirmwareUpdate request, CancellationToken cancellationToken);
}

/// <summary>
/// The messages ExtendedTriggerMessage asks for (whitepaper §6.16 MessageTriggerEnumType). FirmwareStatusNotification
/// makes a 1.6 station send SignedFirmwareStatusNotification; SignChargePointCertificate is 2.0.1's SignChargingStationCertificate.
/// </summary>
public enum ExtendedTriggeredMessage
{
    BootNotification,
    LogStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    SignChargePointCertificate,
    StatusNotification,
}

/// <summary>Which log GetLog asks for (whitepaper §6.13, 2.0.1 LogEnumType).</summary>
public enum LogKind
{
    DiagnosticsLog,
    SecurityLog,
}

/// <param name="RemoteLocation">The URL the log is uploaded to (up to 512 characters).</param>
/// <param name="OldestTimestamp">The oldest logging information to include.</param>
/// <param name="LatestTimestamp">The latest logging information to include.</param>
/// <param name="RequestId">The id the station's LogStatusNotifications repeat; absent, the CSMS allocates one.</param>
/// <param name="Retries">Upload attempts before giving up; absent leaves it to the station.</param>
/// <param name="RetryInterval">Seconds between attempts; absent leaves it to the station.</param>
public sealed record LogUpload(
    LogKind LogType, string RemoteLocation, DateTime? OldestTimestamp = null, DateTime? LatestTimestamp = null,
    int? RequestId = null, int? Retries = null, int? RetryInterval = null);

/// <param name="Location">The URI the firmware is downloaded from (up to 512 characters).</param>
/// <param name="RetrieveDateTime">When the station may download it, at the earliest.</param>
/// <param name="InstallDateTime">When to install it; absent, as soon as it can.</param>
/// <param name="SigningCertificate">The PEM X.509 certificate the firmware was signed with (L01.FR.11).</param>
/// <param name="Signature">The firmware's signature, base64.</param>
/// <param name="RequestId">The id the station's firmware status notifications repeat; absent, the CSMS allocates one.</param>
/// <param name="Retries">Download attempts before giving up; absent leaves it to the station.</param>
/// <param name="RetryInterval">Seconds between attempts; absent leaves it to the station.</param>
public sealed record SignedFirmwareUpdate(
    string Location, DateTime RetrieveDateTime, string SigningCertificate, string Signature, DateTime? InstallDateTime = null,
    int? RequestId = null, int? Retries = null, int? RetryInterval = null);
