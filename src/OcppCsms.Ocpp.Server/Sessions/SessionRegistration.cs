using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>
/// The registration gate's view of one session: whether the CSMS has accepted the station, and which messages it asked
/// the station for. Accepted is the answer to the session's last BootNotification or, before one, the registry's status
/// (<see cref="IStationRegistrations"/>, kept in memory there), so an accepted station costs the gate no database read.
/// </summary>
/// <remarks>
/// Until it is accepted a station may send BootNotification only (OCPP 1.6 §4.2, OCPP 2.0.1 B01.FR.10, B02.FR.09), and
/// a Pending one also the messages the CSMS asked for (OCPP 1.6 §4.2: "unless it has been instructed by the Central
/// System to do so with a TriggerMessage.req"; 2.0.1 B02.FR.02). Everything else is answered SecurityError (OCPP-J 1.6
/// errata §5.6, 2.0.1 B02.FR.09, B03.FR.07) before any handler runs, so nothing is recorded meanwhile.
/// </remarks>
internal sealed class SessionRegistration(string stationId, IStationRegistrations registry, TimeProvider clock)
{
    /// <summary>
    /// How long a message the station agreed to send stays welcome, renewed by each one that arrives: one request may
    /// bring several (a StatusNotification for every connector when none was named, OCPP 1.6 §5.17; a multi-part report).
    /// </summary>
    public static readonly TimeSpan AskedForWindow = TimeSpan.FromMinutes(1);

    private const string BootNotification = nameof(BootNotification);
    private const int NotBooted = -1;
    private readonly Dictionary<string, DateTimeOffset> _askedFor = new(StringComparer.Ordinal);
    private int _booted = NotBooted;

    public async ValueTask<StationRegistration> CurrentAsync(CancellationToken cancellationToken)
    {
        var booted = Volatile.Read(ref _booted);
        return booted == NotBooted ? await registry.GetAsync(stationId, cancellationToken) : (StationRegistration)booted;
    }

    /// <returns>Null when a CALL of <paramref name="action"/> may reach its handler; otherwise the registration that bars it.</returns>
    public async ValueTask<StationRegistration?> BarsAsync(string action, CancellationToken cancellationToken)
    {
        if (action == BootNotification)
        {
            return null;
        }

        var registration = await CurrentAsync(cancellationToken);
        // A Rejected station is asked for nothing (2.0.1 B03.FR.03, B03.FR.07): only Pending ones send what was asked.
        return registration == StationRegistration.Accepted || (registration == StationRegistration.Pending && TakeAskedFor(action))
            ? null
            : registration;
    }

    /// <summary>The CSMS answered a BootNotification of this session: its status decides from now on.</summary>
    public void Booted(ReadOnlySpan<byte> answer)
    {
        if (Enum.TryParse<StationRegistration>(JsonFields.TopLevelString(answer, "status"u8), out var status))
        {
            Volatile.Write(ref _booted, (int)status);
        }
    }

    /// <summary>
    /// The station answered a call that asks it to send <paramref name="action"/> (see <see cref="AskedForMessages"/>);
    /// when it accepted, that message is welcome. Called before the next frame is read, since it may be that message.
    /// </summary>
    public void Answered(string action, ReadOnlySpan<byte> answer)
    {
        if (JsonFields.TopLevelString(answer, "status"u8) == nameof(StationRegistration.Accepted))
        {
            lock (_askedFor)
            {
                _askedFor[action] = clock.GetUtcNow() + AskedForWindow;
            }
        }
    }

    private bool TakeAskedFor(string action)
    {
        var now = clock.GetUtcNow();
        lock (_askedFor)
        {
            if (!_askedFor.TryGetValue(action, out var until) || until < now)
            {
                return false;
            }

            _askedFor[action] = now + AskedForWindow;
            return true;
        }
    }
}
