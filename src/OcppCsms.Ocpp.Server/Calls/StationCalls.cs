using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.MessageLog;
using OcppCsms.Ocpp.Server.Sessions;

namespace OcppCsms.Ocpp.Server.Calls;

/// <summary>
/// Sends CALLs to stations, raw: an action and its JSON payload, for the version the station speaks. The command gateway
/// and its V16/V201 adapters build on this; they validate payloads before they get here.
/// </summary>
internal sealed partial class StationCalls(
    StationSessionRegistry registry, OcppMessageLog messageLog, IOptions<OcppServerOptions> options, ILogger<StationCalls> logger)
{
    /// <summary>
    /// Sends one CALL and waits for its answer. Calls to one station queue up so that at most one is in flight
    /// (OCPP-J 1.6 §4.1.1, OCPP 2.0.1 part 4 §4.1.1); the timeout counts from the moment the CALL is sent.
    /// </summary>
    public async Task<CallOutcome> CallAsync(string stationId, string action, ReadOnlyMemory<byte> payloadJson, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(stationId, cancellationToken) is not { } session)
        {
            return new CallOutcome.Offline();
        }

        var outcome = await session.CallAsync(action, payloadJson, TimeSpan.FromSeconds(options.Value.CallTimeoutSeconds), messageLog, cancellationToken);
        LogCall(logger, stationId, action, outcome.GetType().Name);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Call {Action} to station {StationId}: {Outcome}")]
    private static partial void LogCall(ILogger logger, string stationId, string action, string outcome);
}
