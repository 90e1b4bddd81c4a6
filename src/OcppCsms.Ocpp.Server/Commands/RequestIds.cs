namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// The ids the CSMS gives requests that a station's later messages refer back to: the 2.0.1 remoteStartId
/// (TransactionEvent), the requestId of GetLog (LogStatusNotification) and of (Signed)UpdateFirmware (firmware status
/// notifications). A station matches them only against its own requests, so they need to be unique per station, not
/// globally; they are.
/// </summary>
/// <remarks>
/// A counter that starts at the seconds since 2025 when the host starts: ids keep increasing across restarts as long as
/// fewer than one per second was handed out on average, with no table to keep, and stay positive 32-bit integers (the
/// OCPP integer) until the 2090s.
/// </remarks>
internal sealed class RequestIds(TimeProvider clock)
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private int _last = (int)Math.Clamp((clock.GetUtcNow() - Epoch).TotalSeconds, 0, int.MaxValue / 2);

    public int Next() => Interlocked.Increment(ref _last);
}
