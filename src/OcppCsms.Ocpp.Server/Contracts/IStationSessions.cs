namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>What other modules may know about live station connections on this node.</summary>
public interface IStationSessions
{
    int ConnectedCount { get; }
}
