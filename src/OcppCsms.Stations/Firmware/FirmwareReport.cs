namespace OcppCsms.Stations.Firmware;

/// <summary>One status a station reported about a firmware update, a firmware publication, or a diagnostics or log upload.</summary>
internal sealed class FirmwareReport
{
    /// <summary>The longest status word of either version (2.0.1 InstallVerificationFailed), with room to spare.</summary>
    public const int StatusMaxLength = 32;

    /// <summary>A version 7 id: time-ordered, so the newest of one instant is still the last.</summary>
    public Guid Id { get; init; }

    public required string StationId { get; init; }

    public FirmwareReportKind Kind { get; init; }

    /// <summary>The status word as the station sent it (Downloading, Installed, Uploaded, ...).</summary>
    public required string Status { get; init; }

    /// <summary>The id of the request that started the operation (SignedUpdateFirmware, GetLog, 2.0.1 UpdateFirmware); 1.6's unsigned ones have none.</summary>
    public int? RequestId { get; init; }

    /// <summary>The URIs a 2.0.1 Local Controller publishes the firmware at (L03.FR.04: with status Published); null otherwise.</summary>
    public IReadOnlyList<string>? Locations { get; init; }

    public DateTime ReceivedAt { get; init; }
}
