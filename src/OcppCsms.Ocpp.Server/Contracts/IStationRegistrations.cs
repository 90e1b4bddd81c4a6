namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// The registry's registration status of a station, for the registration gate while the station's session has not had
/// a BootNotification answered yet (a 1.6 station that reconnects without rebooting need not boot again). Implemented by
/// the module that keeps the station registry. The gate asks for every CALL of such a session, so the answer must come
/// from memory when it is asked again.
/// </summary>
public interface IStationRegistrations
{
    /// <returns>The station's registration status; Pending for a station the registry does not know (any more).</returns>
    ValueTask<StationRegistration> GetAsync(string stationId, CancellationToken cancellationToken);
}
