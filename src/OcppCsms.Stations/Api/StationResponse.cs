using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Heartbeats;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Api;

/// <summary>
/// A station as operators see it: its registration, how it must authenticate (never its password) and, while it is
/// connected to this node, its session. Times are UTC.
/// </summary>
/// <param name="HasPassword">Whether a Basic password is set (profiles 1 and 2).</param>
/// <param name="CertificateCommonName">The CN a profile 3 client certificate must carry: the configured one, or the identity.</param>
/// <param name="Protocol">While connected: <c>ocpp1.6</c> or <c>ocpp2.0.1</c>.</param>
/// <param name="LastSeenAt">
/// When the station last sent anything: live from its session while it is connected, otherwise as last flushed
/// (<c>Ocpp:LastSeenFlushSeconds</c>); null when it has never been seen.
/// </param>
/// <param name="SecurityProfileInUse">While connected: the profile the connection satisfied (1 becomes 2 over wss).</param>
/// <param name="Offline">
/// Connected, but nothing received for <c>Ocpp:OfflineAfterSeconds</c> (missed heartbeats): its connectors show
/// Unavailable until its next frame. A station that is not connected has <c>connected</c> false instead.
/// </param>
/// <param name="Password">Only in the answer that generated it (registration, profile change, password reset): shown once.</param>
internal sealed record StationResponse(
    string Id, RegistrationStatus RegistrationStatus, int SecurityProfile, bool HasPassword, string CertificateCommonName, string? Description,
    DateTime CreatedAt, DateTime UpdatedAt, bool Connected, string? Protocol, DateTime? ConnectedAt, DateTime? LastSeenAt,
    string? RemoteAddress, int? SecurityProfileInUse, bool Offline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Password = null)
{
    /// <summary>Only in the answer for one station: its last BootNotification (absent before the first).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BootResponse? Boot { get; init; }

    /// <summary>Only in the answer for one station: the status and availability of each connector the CSMS knows of.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ConnectorResponse>? Connectors { get; init; }

    public static StationResponse From(Station station, StationSessionInfo? session, StationLiveness liveness, string? generatedPassword = null) => new(
        station.Id, station.RegistrationStatus, station.SecurityProfile, station.PasswordHash is not null, station.ExpectedCommonName,
        station.Description, station.CreatedAt, station.UpdatedAt, session is not null, session?.Protocol, session?.ConnectedAt,
        session?.LastSeenAt ?? station.LastSeenAt, session?.RemoteAddress, session?.SecurityProfile, liveness.IsOffline(station.Id, session),
        generatedPassword);
}
