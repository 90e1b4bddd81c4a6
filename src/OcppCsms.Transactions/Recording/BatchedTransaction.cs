using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// One transaction within a <see cref="TransactionEventWriter"/> batch: its row as read (or created) at the start of the
/// batch, all its events so far, the reports the batch brought for it, and what their sampled values say of its activity.
/// </summary>
internal sealed class BatchedTransaction(ChargingTransaction stored, List<TransactionEventEntry> entries, bool created)
{
    /// <summary>The row as the database holds it; read again when another writer changed its status meanwhile.</summary>
    public ChargingTransaction Stored { get; set; } = stored;

    /// <summary>Created by this batch.</summary>
    public bool Created => created;

    public List<TransactionEventEntry> Entries => entries;

    /// <summary>The batch's reports of this transaction, copies included, in arrival order.</summary>
    public List<TransactionEventReport> Reports { get; } = [];

    /// <summary>When its latest new event arrived; null when the batch brought copies only.</summary>
    public DateTime? LastReceivedAt { get; private set; }

    /// <summary>The newest register reading among the new events' sampled values.</summary>
    public EnergyReading? NewestSample { get; private set; }

    /// <summary>The suspicious-data flags of the new events' sampled values, judged as a meter-values message's are.</summary>
    public TransactionFlags SampleFlags { get; private set; }

    /// <summary>Counts a new event's sampled values, against the latest reading stored before the batch.</summary>
    public void Heard(IReadOnlyList<SampleReading> samples, DateTime receivedAt, decimal maxPowerKw)
    {
        var stored = Stored is { LatestEnergyWh: { } wh, LatestEnergyAt: { } at } ? new EnergyReading(wh, at) : (EnergyReading?)null;
        SampleFlags |= DataFlags.Timestamps(samples.Select(s => s.SampledAt), receivedAt)
            | DataFlags.Energy(EnergyRegister.Readings(samples), stored, maxPowerKw);
        NewestSample = EnergyRegister.Later(NewestSample, EnergyRegister.Newest(samples));
        LastReceivedAt = LastReceivedAt is { } last && last > receivedAt ? last : receivedAt;
    }
}
