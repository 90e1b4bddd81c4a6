namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Station timestamps as the database keeps them: PostgreSQL stores microseconds, .NET ticks are 100 ns, so a time is
/// cut to the microsecond before it is stored or compared — otherwise a retried start with a 7-digit fraction would
/// never equal the row its first attempt wrote.
/// </summary>
internal static class StationTime
{
    public static DateTime Stored(DateTime time) => new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);
}
