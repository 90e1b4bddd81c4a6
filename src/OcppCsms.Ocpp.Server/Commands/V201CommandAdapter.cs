using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// The commands in OCPP 2.0.1 terms (edition 3, part 2), in partial files by the 1.6 feature profile of the command
/// they carry out. A 1.6 connector number is read as the EVSE (see <see cref="IStationCommands"/>).
/// </summary>
internal sealed partial class V201CommandAdapter(CommandCaller caller, RequestIds requestIds) : ICommandAdapter
{
    private static readonly V201JsonContext Json = V201JsonContext.Default;

    public OcppVersion Version => OcppVersion.V201;

    /// <summary>A 1.6 command 2.0.1 has no message for: refused, naming the 2.0.1 way to the same end.</summary>
    private static Task<CommandResult> NoTwin(string action, string alternative) =>
        CommandCaller.Refuse(action, OcppErrorCode.NotImplemented, $"OCPP 2.0.1 has no {action}: {alternative}");

    /// <summary>F06: the EVSE narrows StatusNotification, MeterValues and TransactionEvent.</summary>
    private Task<CommandResult> TriggerAsync(string stationId, MessageTriggerEnumType message, int? evseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "TriggerMessage",
            new TriggerMessageRequest { RequestedMessage = message, Evse = evseId is { } id ? new EVSEType { Id = id } : null },
            Json.TriggerMessageRequest, Json.TriggerMessageResponse, cancellationToken);

    /// <summary>N01: GetLog of either log, with a requestId its LogStatusNotificationRequests repeat (N01.FR.07).</summary>
    private Task<CommandResult> GetLogAsync(
        string stationId, LogEnumType logType, LogParametersType log, int? requestId, int? retries, int? retryInterval, CancellationToken cancellationToken)
    {
        var id = requestId ?? requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetLog",
            new GetLogRequest { LogType = logType, RequestId = id, Retries = retries, RetryInterval = retryInterval, Log = log },
            Json.GetLogRequest, Json.GetLogResponse, cancellationToken, id);
    }

    /// <summary>L01 (signed) and L02: UpdateFirmware with a requestId its FirmwareStatusNotificationRequests repeat (L01.FR.10, L02.FR.06).</summary>
    private Task<CommandResult> UpdateFirmwareAsync(string stationId, FirmwareType firmware, int? requestId, int? retries, int? retryInterval, CancellationToken cancellationToken)
    {
        var id = requestId ?? requestIds.Next();
        return caller.CallAsync(stationId, Version, "UpdateFirmware",
            new UpdateFirmwareRequest { RequestId = id, Retries = retries, RetryInterval = retryInterval, Firmware = firmware },
            Json.UpdateFirmwareRequest, Json.UpdateFirmwareResponse, cancellationToken, id);
    }
}
