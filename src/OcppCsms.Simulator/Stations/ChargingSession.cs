namespace OcppCsms.Simulator.Stations;

/// <summary>One simulated charging session on a connector: who started it, how much power it draws, and how it ends.</summary>
internal sealed class ChargingSession(Connector connector, string idTag, string idTokenType, int? remoteStartId, decimal powerW, TimeSpan length)
{
    private readonly CancellationTokenSource _stop = new();
    private int _seqNo = -1;

    public Connector Connector { get; } = connector;

    public string IdTag { get; } = idTag;

    /// <summary>OCPP 2.0.1 IdTokenEnumType of <see cref="IdTag"/> (ISO14443 for a card at the station, as given by a remote start).</summary>
    public string IdTokenType { get; } = idTokenType;

    /// <summary>2.0.1 RequestStartTransaction's remoteStartId, put in the first TransactionEvent of the transaction (F02.FR.01).</summary>
    public int? RemoteStartId { get; } = remoteStartId;

    public decimal PowerW { get; } = powerW;

    public TimeSpan Length { get; } = length;

    public decimal MeterStartWh { get; set; }

    /// <summary>OCPP 1.6: assigned by the CSMS in StartTransaction.conf; null until that answer arrived.</summary>
    public int? TransactionId { get; set; }

    /// <summary>
    /// OCPP 2.0.1: the station assigns the id, never the same twice (E02.FR.08), hence a GUID; 1.6 stations never send it.
    /// </summary>
    public string StationTransactionId { get; } = Guid.NewGuid().ToString("N");

    public StopReason? Reason { get; private set; }

    public CancellationToken StopRequested => _stop.Token;

    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>OCPP 2.0.1 part 2 E "Sequence Number Generation": 0 for the first event of a transaction, then one more each time.</summary>
    public int NextSeqNo() => Interlocked.Increment(ref _seqNo);

    /// <summary>Asks the session to end; the first reason wins.</summary>
    public void Stop(StopReason reason)
    {
        lock (_stop)
        {
            Reason ??= reason;
        }

        _stop.Cancel();
    }
}
