namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>What other modules may know about live station connections on this node.</summary>
public interface IStationSessions
{
    int ConnectedCount { get; }

    /// <returns>A snapshot of the station's open session on this node, or null when it has none.</returns>
    StationSessionInfo? Find(string stationId);

    /// <summary>The identities of the stations connected to this node, at this moment.</summary>
    IReadOnlyCollection<string> ConnectedStationIds();
}
