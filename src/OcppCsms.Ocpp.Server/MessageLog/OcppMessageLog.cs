using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Persistence;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>
/// The OCPP message log: every message in and out, with station, direction, type, action, message id, size and time —
/// at Debug in the structured log, and (with <c>Ocpp:MessageLog:Enabled</c>) in <c>ocpp_message_log</c>, written in
/// batches off the station's path so that logging never slows a station down.
/// </summary>
internal sealed partial class OcppMessageLog(
    IDbContextFactory<OcppDbContext> contexts, IOptions<MessageLogOptions> options, TimeProvider clock, PersistenceMetrics metrics, ILogger<OcppMessageLog> logger)
    : BatchWriter<OcppDbContext, LoggedMessage>(contexts, metrics, logger, maxPending: 50_000, maxBatch: 1_000)
{
    protected override string Name => "OCPP message log";

    public void Record(string stationId, string direction, MessageTypeId type, string? action, string messageId, ReadOnlySpan<byte> frame)
    {
        LogMessage(logger, direction, stationId, type, action, messageId, frame.Length);
        var settings = options.Value;
        if (!settings.Enabled)
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
            Frame = settings.IncludeFrames ? FrameRedaction.Text(type, action, frame) : null,
            LoggedAt = now.UtcDateTime,
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "OCPP {Direction} {StationId} {MessageType} {Action} {MessageId} ({Bytes} bytes)")]
    private static partial void LogMessage(ILogger logger, string direction, string stationId, MessageTypeId messageType, string? action, string messageId, int bytes);
}
