namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>
/// One well-formed OCPP-J message (OCPP-J 1.6 §4.2, OCPP 2.0.1 part 4 §4.2). <see cref="Payload"/> is the raw JSON
/// object of a CALL or CALLRESULT, or the error details of a CALLERROR, sliced from the received buffer, not copied.
/// </summary>
public readonly record struct OcppFrame(
    MessageTypeId Type,
    string MessageId,
    string? Action,
    ReadOnlyMemory<byte> Payload,
    string? ErrorCode = null,
    string? ErrorDescription = null);

/// <summary>Why a received message is not a valid OCPP-J message, and how to answer it.</summary>
/// <param name="MessageId">The message's id, or <c>-1</c> when it could not be read (OCPP 2.0.1 part 4 §4.2.3).</param>
/// <param name="Answer">Whether to answer with a CALLERROR; malformed responses and, in 1.6, unknown message types are only logged.</param>
public readonly record struct FrameError(OcppErrorCode Code, string MessageId, string Description, bool Answer);
