using Microsoft.Extensions.Logging;

namespace OcppCsms.Transactions.SmartCharging;

internal static partial class SmartChargingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} accepted charging profile {ProfileId}, which is not kept: {Reason}")]
    public static partial void NotKept(ILogger logger, string stationId, int profileId, string reason);
}
