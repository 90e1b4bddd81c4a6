namespace OcppCsms.Simulator.Stations;

/// <summary>
/// One connector of a 1.6 station, or one EVSE (with connector 1) of a 2.0.1 station: its energy register, its
/// availability and the session it runs. <see cref="TryClaim"/> makes "one session at a time" hold between the local
/// charging loop and remote starts.
/// </summary>
internal sealed class Connector(int id)
{
    private readonly Lock _gate = new();
    private bool _claimed;

    public int Id { get; } = id;

    /// <summary>The meter's register in Wh; it only grows (OCPP 1.6 §7.31: Energy.Active.Import.Register).</summary>
    public decimal EnergyWh { get; set; } = 1000m * id;

    public ConnectorState State { get; set; } = ConnectorState.Available;

    /// <summary>False after ChangeAvailability Inoperative: no new session may start (1.6 §5.2, 2.0.1 G03).</summary>
    public bool Operative { get; private set; } = true;

    public ChargingSession? Session { get; set; }

    public bool Busy
    {
        get
        {
            lock (_gate)
            {
                return _claimed;
            }
        }
    }

    /// <summary>Takes the connector for a new session; false when one is being prepared or runs, or it is inoperative.</summary>
    public bool TryClaim()
    {
        lock (_gate)
        {
            if (_claimed || !Operative)
            {
                return false;
            }

            _claimed = true;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _claimed = false;
            Session = null;
        }
    }

    /// <summary>Changes the availability; true when it applies now, false when it waits for the running session to end.</summary>
    public bool SetOperative(bool operative)
    {
        lock (_gate)
        {
            Operative = operative;
            return !_claimed;
        }
    }

    /// <summary>The state to report when no session runs.</summary>
    public ConnectorState IdleState => Operative ? ConnectorState.Available : ConnectorState.Unavailable;
}
