namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>One OCPP-J message as it went over a station's connection, in or out.</summary>
internal sealed class LoggedMessage
{
    public const string In = "in";
    public const string Out = "out";
    public const int StationIdMaxLength = 48;
    public const int ActionMaxLength = 64;
    public const int MessageIdMaxLength = 36;

    /// <summary>Frames larger than this are stored cut short; <see cref="Size"/> keeps the real length.</summary>
    public const int MaxStoredFrameChars = 64 * 1024;

    public Guid Id { get; init; }

    public required string StationId { get; init; }

    /// <summary>"in" from the station, "out" to it.</summary>
    public required string Direction { get; init; }

    /// <summary>2 CALL, 3 CALLRESULT, 4 CALLERROR (OCPP-J 1.6 §4.1.3).</summary>
    public int MessageType { get; init; }

    /// <summary>The action of the exchange: a CALL's own, an answer's call's; none for an answer to no known call.</summary>
    public string? Action { get; init; }

    public required string MessageId { get; init; }

    /// <summary>The frame's size on the wire, in bytes.</summary>
    public int Size { get; init; }

    /// <summary>The frame's text, with secrets redacted; absent when <c>Ocpp:MessageLog:IncludeFrames</c> is off.</summary>
    public string? Frame { get; init; }

    public DateTime LoggedAt { get; init; }
}
