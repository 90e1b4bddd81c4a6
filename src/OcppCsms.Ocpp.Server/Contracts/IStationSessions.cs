namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>What other modules may know about live station connections on this node.</summary>
public interface IStationSessions
{
    int ConnectedCount { get; }

    /// <returns>A snapshot of the station's open session on this node, or null when it has none.</returns>
    StationSessionInfo? Find(string stationId);

    /// <summary>The identities of the stations connected to this node, at this moment.</summary>
    IReadOnlyCollection<string> ConnectedStationIds();

    /// <summary>
    /// Whether the CSMS has accepted the station in its open session on this node: the answer to the session's last
    /// BootNotification, or before one the registry's status. What may be sent depends on it: nothing to a Rejected
    /// station (OCPP 2.0.1 B03.FR.03), no RemoteStart/RemoteStop to a Pending one (OCPP 1.6 §4.2, 2.0.1 B02.FR.05).
    /// </summary>
    /// <returns>Null when the station has no open session on this node.</returns>
    ValueTask<StationRegistration?> RegistrationAsync(string stationId, CancellationToken cancellationToken);
}
