namespace OcppCsms.Authorization.LocalLists;

/// <summary>
/// What the CSMS knows of one station's local authorization list (OCPP 1.6 §3.5.2): the version of the last update the
/// station accepted, and the version the station last reported (GetLocalListVersion, §5.10), which may differ.
/// </summary>
internal sealed class LocalAuthList
{
    public required string StationId { get; init; }

    /// <summary>The listVersion of the last SendLocalList the station accepted; 0 while none was.</summary>
    public int Version { get; set; }

    /// <summary>When the station accepted that update.</summary>
    public DateTime? UpdatedAt { get; set; }

    /// <summary>The station's answer to the last GetLocalListVersion: 0 an empty list, -1 not supported (1.6 §5.10).</summary>
    public int? ReportedVersion { get; set; }

    public DateTime? ReportedAt { get; set; }
}
