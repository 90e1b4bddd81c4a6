using OcppCsms.Transactions.Reconciliation;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Tests;

/// <summary>
/// A session of four events — Started (seqNo 0), Updated, Updated, Ended (seqNo 3) — reconciled in every arrival order,
/// with duplicates, with a gap, with the Ended event first and with Updated events only.
/// </summary>
public sealed class TransactionReconcilerTests
{
    private static readonly DateTime Start = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    private static readonly TransactionEventFact Started = Event(0, TransactionEventKind.Started, 0, 1000m, "TOKEN-1", "Charging");
    private static readonly TransactionEventFact FirstUpdate = Event(1, TransactionEventKind.Updated, 10, 1500m);
    private static readonly TransactionEventFact SecondUpdate = Event(2, TransactionEventKind.Updated, 20, 2200m, chargingState: "SuspendedEV");
    private static readonly TransactionEventFact Ended = Event(3, TransactionEventKind.Ended, 30, 2750m, "TOKEN-1", "EVConnected", "EVDisconnected");

    private static readonly TransactionEventFact[] Session = [Started, FirstUpdate, SecondUpdate, Ended];

    public static TheoryData<int[]> EveryOrder() => Orders(4);

    public static TheoryData<int[]> EveryOrderOfThree() => Orders(3);

    [Theory]
    [MemberData(nameof(EveryOrder))]
    public void Every_arrival_order_gives_the_same_transaction(int[] order)
    {
        var reconciled = TransactionReconciler.Reconcile(order.Select(i => Session[i]));

        AssertWholeSession(reconciled);
    }

    [Theory]
    [MemberData(nameof(EveryOrder))]
    public void A_copy_of_a_seqNo_is_ignored_whatever_it_says_and_whenever_it_comes(int[] order)
    {
        // Each event arrives twice: its copy right after it, and a later copy claiming other values.
        var arrivals = order.SelectMany(i => new[] { Session[i], Session[i] })
            .Concat(order.Select(i => Session[i] with { Timestamp = Start.AddHours(5), EnergyReadings = [new EnergyReading(99_999m, Start.AddHours(5))] }));

        var reconciled = TransactionReconciler.Reconcile(arrivals);

        AssertWholeSession(reconciled);
    }

    [Theory]
    [MemberData(nameof(EveryOrderOfThree))]
    public void A_missing_update_leaves_the_transaction_ended_but_incomplete(int[] order)
    {
        TransactionEventFact[] withGap = [Started, FirstUpdate, Ended];

        var reconciled = TransactionReconciler.Reconcile(order.Select(i => withGap[i]));

        Assert.True(reconciled.IsEnded);
        Assert.False(reconciled.IsComplete);
        Assert.Equal(1, reconciled.MissingEvents);
        Assert.Equal(Start, reconciled.StartedAt);
        Assert.Equal(1750m, reconciled.EnergyWh);
        Assert.Equal([0, 1, 3], reconciled.Events.Select(e => e.SeqNo));
    }

    [Fact]
    public void An_ended_event_before_its_start_is_ended_with_its_own_time_as_start_until_the_start_arrives()
    {
        var endedOnly = TransactionReconciler.Reconcile([Ended]);

        Assert.False(endedOnly.HasStarted);
        Assert.True(endedOnly.IsEnded);
        Assert.False(endedOnly.IsComplete);
        Assert.Equal(Start.AddMinutes(30), endedOnly.StartedAt);
        Assert.Equal(0m, endedOnly.EnergyWh);
        Assert.Equal("EVDisconnected", endedOnly.StoppedReason);

        var thenStarted = TransactionReconciler.Reconcile([Ended, Started]);

        Assert.True(thenStarted.HasStarted);
        Assert.Equal(Start, thenStarted.StartedAt);
        Assert.Equal(1750m, thenStarted.EnergyWh);
        Assert.Equal(2, thenStarted.MissingEvents);
        Assert.False(thenStarted.IsComplete);
    }

    [Theory]
    [InlineData(new[] { 1, 2 })]
    [InlineData(new[] { 2, 1 })]
    public void Updates_only_are_neither_started_nor_ended(int[] order)
    {
        var reconciled = TransactionReconciler.Reconcile(order.Select(i => Session[i]));

        Assert.False(reconciled.HasStarted);
        Assert.False(reconciled.IsEnded);
        Assert.False(reconciled.IsComplete);
        Assert.Equal(0, reconciled.MissingEvents);
        Assert.Equal(Start.AddMinutes(10), reconciled.StartedAt);
        Assert.Equal(700m, reconciled.EnergyWh);
        Assert.Null(reconciled.EndedAt);
        Assert.Null(reconciled.StartIdToken);
        Assert.Equal("SuspendedEV", reconciled.ChargingState);
    }

    [Fact]
    public void Updates_far_apart_count_the_seqNos_between_them_as_missing()
    {
        var reconciled = TransactionReconciler.Reconcile([FirstUpdate with { SeqNo = 0 }, SecondUpdate with { SeqNo = int.MaxValue }]);

        Assert.Equal((long)int.MaxValue - 1, reconciled.MissingEvents);
    }

    [Fact]
    public void A_continuously_increasing_seqNo_is_complete_when_it_runs_from_the_start_to_the_end()
    {
        // OCPP 2.0.1 part 2 "Sequence Number Generation": a station need not restart at 0 for each transaction.
        var reconciled = TransactionReconciler.Reconcile(Session.Select(e => e with { SeqNo = e.SeqNo + 41 }).Reverse());

        Assert.True(reconciled.IsComplete);
        Assert.Equal(41, reconciled.StartSeqNo);
        Assert.Equal(44, reconciled.EndSeqNo);
    }

    [Fact]
    public void An_ended_seqNo_not_after_the_started_one_is_never_complete()
    {
        var reconciled = TransactionReconciler.Reconcile([Started with { SeqNo = 5 }, Ended with { SeqNo = 4 }]);

        Assert.True(reconciled.HasStarted);
        Assert.True(reconciled.IsEnded);
        Assert.Equal(0, reconciled.MissingEvents);
        Assert.False(reconciled.IsComplete);
    }

    [Fact]
    public void Energy_is_taken_by_the_station_time_of_the_readings_not_by_seqNo()
    {
        // A station replaying its queue may number events in sending order; the register's readings decide.
        var reconciled = TransactionReconciler.Reconcile(
        [
            Started with { EnergyReadings = [new EnergyReading(1200m, Start.AddMinutes(5)), new EnergyReading(1000m, Start)] },
            Ended with { EnergyReadings = [new EnergyReading(2900m, Start.AddMinutes(40)), new EnergyReading(2750m, Start.AddMinutes(30))] },
        ]);

        Assert.Equal(new EnergyReading(1000m, Start), reconciled.FirstEnergy);
        Assert.Equal(new EnergyReading(2900m, Start.AddMinutes(40)), reconciled.LastEnergy);
        Assert.Equal(1900m, reconciled.EnergyWh);
    }

    [Fact]
    public void Events_without_readings_have_no_energy_and_offline_is_kept()
    {
        var reconciled = TransactionReconciler.Reconcile([Started with { EnergyReadings = [] }, FirstUpdate with { EnergyReadings = [], Offline = true }]);

        Assert.Null(reconciled.EnergyWh);
        Assert.True(reconciled.AnyOffline);
        Assert.False(TransactionReconciler.Reconcile(Session).AnyOffline);
    }

    [Fact]
    public void No_event_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TransactionReconciler.Reconcile([]));
    }

    private static void AssertWholeSession(ReconciledTransaction reconciled)
    {
        Assert.Equal([0, 1, 2, 3], reconciled.Events.Select(e => e.SeqNo));
        Assert.True(reconciled.HasStarted);
        Assert.True(reconciled.IsEnded);
        Assert.True(reconciled.IsComplete);
        Assert.Equal(0, reconciled.MissingEvents);
        Assert.Equal(Start, reconciled.StartedAt);
        Assert.Equal(Start.AddMinutes(30), reconciled.EndedAt);
        Assert.Equal(new EnergyReading(1000m, Start), reconciled.FirstEnergy);
        Assert.Equal(new EnergyReading(2750m, Start.AddMinutes(30)), reconciled.LastEnergy);
        Assert.Equal(1750m, reconciled.EnergyWh);
        Assert.Equal("EVDisconnected", reconciled.StoppedReason);
        Assert.Equal("TOKEN-1", reconciled.StartIdToken);
        Assert.Equal("EVConnected", reconciled.ChargingState);
        Assert.False(reconciled.AnyOffline);
    }

    private static TransactionEventFact Event(
        int seqNo, TransactionEventKind kind, int minutes, decimal registerWh, string? idToken = null, string? chargingState = null, string? stoppedReason = null) =>
        new(seqNo, kind, Start.AddMinutes(minutes), "MeterValuePeriodic", chargingState,
            [new EnergyReading(registerWh, Start.AddMinutes(minutes))], idToken, stoppedReason, Offline: false);

    private static TheoryData<int[]> Orders(int count)
    {
        var orders = new TheoryData<int[]>();
        foreach (var order in Permutations(Enumerable.Range(0, count).ToList()))
        {
            orders.Add(order);
        }

        return orders;
    }

    private static IEnumerable<int[]> Permutations(List<int> items) =>
        items.Count == 0
            ? [[]]
            : items.SelectMany(item => Permutations(items.Where(other => other != item).ToList()).Select(rest => rest.Prepend(item).ToArray()));
}
