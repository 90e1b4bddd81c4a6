using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Persistence;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>
/// The OCPP message log: every message in and out, with station, direction, type, action, message id, size and time —
/// at Debug in the structured log, and (with <c>Ocpp:MessageLog:Enabled</c>, except the count-only actions) in
/// <c>ocpp_message_log</c>, written in batches off the station's path so that logging never slows a station down.
/// </summary>
internal sealed partial class OcppMessageLog(
    IDbContextFactory<OcppDbContext> contexts, IOptions<MessageLogOptions> options, TimeProvider clock, PersistenceMetrics metrics, ILogger<OcppMessageLog> logger)
    : BatchWriter<OcppDbContext, LoggedMessage>(contexts, metrics, logger, maxPending: 50_000, maxBatch: 1_000)
{
    private readonly MessageLogOptions _settings = options.Value;
    private readonly FrozenSet<string> _countOnly = options.Value.CountOnlyActionList.ToFrozenSet(StringComparer.Ordinal);

    protected override string Name => "OCPP message log";

    /// <summary>
    /// Called for every frame on every connection, so it does nothing it can skip: no row when the log is off or the
    /// action is counted only (<c>Ocpp:MessageLog:CountOnlyActions</c>; its CALLERRORs are kept, they are what one
    /// looks for), and the frame's text is decoded and redacted only when frames are kept.
    /// </summary>
    public void Record(string stationId, string direction, MessageTypeId type, string? action, string messageId, ReadOnlySpan<byte> frame)
    {
        LogMessage(logger, direction, stationId, type, action, messageId, frame.Length);
        if (!_settings.Enabled || (type != MessageTypeId.CallError && action is not null && _countOnly.Contains(action)))
        {
            return;
        }

        var now = clock.GetUtcNow();
        TryRecord(new LoggedMessage
        {
            Id = Guid.CreateVersion7(now),
            StationId = stationId,
            Direction = direction,
            MessageType = (int)type,
            Action = action is { Length: > LoggedMessage.ActionMaxLength } ? action[..LoggedMessage.ActionMaxLength] : action,
            MessageId = messageId,
            Size = frame.Length,
            Frame = _settings.IncludeFrames ? FrameRedaction.Text(type, action, frame) : null,
            LoggedAt = now.UtcDateTime,
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "OCPP {Direction} {StationId} {MessageType} {Action} {MessageId} ({Bytes} bytes)")]
    private static partial void LogMessage(ILogger logger, string direction, string stationId, MessageTypeId messageType, string? action, string messageId, int bytes);
}
