using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Tests;

/// <summary>The suspicious-data checks at their edges: the future tolerance, 2010, registers going backwards, and power.</summary>
public sealed class DataFlagsTests
{
    private static readonly DateTime Received = new(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "None")]
    [InlineData(300, "None")]
    [InlineData(301, "TimestampInFuture")]
    [InlineData(-86_400 * 365, "None")]
    public void A_station_time_is_in_the_future_only_beyond_five_minutes_after_its_arrival(int secondsAhead, string expected) =>
        Assert.Equal(Enum.Parse<TransactionFlags>(expected), DataFlags.Timestamp(Received.AddSeconds(secondsAhead), Received));

    [Fact]
    public void A_station_time_before_2010_is_an_unset_clock()
    {
        Assert.Equal(TransactionFlags.TimestampBefore2010, DataFlags.Timestamp(new DateTime(2009, 12, 31, 23, 59, 59, DateTimeKind.Utc), Received));
        Assert.Equal(TransactionFlags.None, DataFlags.Timestamp(new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc), Received));
    }

    [Fact]
    public void Readings_are_judged_in_the_station_s_time_order_whatever_order_they_came_in()
    {
        var start = new EnergyReading(1_000m, Received);
        EnergyReading[] rising = [new(3_000m, Received.AddMinutes(20)), new(2_000m, Received.AddMinutes(10))];
        EnergyReading[] falling = [new(1_500m, Received.AddMinutes(20)), new(2_000m, Received.AddMinutes(10))];

        Assert.Equal(TransactionFlags.None, DataFlags.Energy(rising, start, 350m));
        Assert.Equal(TransactionFlags.EnergyRegisterBackwards, DataFlags.Energy(falling, start, 350m));
        Assert.Equal(TransactionFlags.EnergyRegisterBackwards, DataFlags.Energy([new(999m, Received.AddMinutes(1))], start, 350m));
    }

    [Theory]
    // 350 kW for one hour is exactly 350 kWh: plausible; one Wh more is not.
    [InlineData(350_000, 60, "None")]
    [InlineData(350_001, 60, "ImplausibleEnergy")]
    [InlineData(0, 0, "None")]
    [InlineData(1, 0, "ImplausibleEnergy")]
    public void Energy_faster_than_the_plausible_power_is_implausible(int drawnWh, int minutes, string expected) =>
        Assert.Equal(Enum.Parse<TransactionFlags>(expected), DataFlags.Between(new EnergyReading(10_000m, Received), new EnergyReading(10_000m + drawnWh, Received.AddMinutes(minutes)), 350m));
}
