namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The OCPP 1.6 Firmware Management profile's commands and their OCPP 2.0.1 twins.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 1.6 GetDiagnostics (§5.9); OCPP 2.0.1 GetLog of the DiagnosticsLog (N01) with a requestId the CSMS allocates
    /// (<see cref="CommandResult.RequestId"/>), which the station's LogStatusNotifications repeat.
    /// </summary>
    Task<CommandResult> GetDiagnosticsAsync(string stationId, DiagnosticsUpload request, CancellationToken cancellationToken);

    /// <summary>
    /// OCPP 1.6 UpdateFirmware (§5.19); OCPP 2.0.1 UpdateFirmware (L02, unsigned) with a requestId the CSMS allocates,
    /// which the station's FirmwareStatusNotifications repeat.
    /// </summary>
    Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareUpdate request, CancellationToken cancellationToken);
}

/// <param name="Location">The URI of the directory the station uploads its diagnostics file to.</param>
/// <param name="Retries">Upload attempts before giving up; absent leaves it to the station.</param>
/// <param name="RetryInterval">Seconds between attempts; absent leaves it to the station.</param>
/// <param name="StartTime">The oldest logging information to include.</param>
/// <param name="StopTime">The latest logging information to include.</param>
public sealed record DiagnosticsUpload(string Location, int? Retries = null, int? RetryInterval = null, DateTime? StartTime = null, DateTime? StopTime = null);

/// <param name="Location">The URI the firmware is downloaded from.</param>
/// <param name="RetrieveDate">When the station may download it, at the earliest.</param>
/// <param name="Retries">Download attempts before giving up; absent leaves it to the station.</param>
/// <param name="RetryInterval">Seconds between attempts; absent leaves it to the station.</param>
public sealed record FirmwareUpdate(string Location, DateTime RetrieveDate, int? Retries = null, int? RetryInterval = null);
