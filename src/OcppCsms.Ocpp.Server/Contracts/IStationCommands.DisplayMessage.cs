namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// OCPP 2.0.1 functional block O, display messages (part 2 O01–O06). OCPP 1.6 has no display messages: a 1.6 station
/// gets none of these, the command ends <see cref="CommandOutcome.Invalid"/> unsent.
/// </summary>
public partial interface IStationCommands
{
    /// <summary>O01/O02/O06 SetDisplayMessage: adds the message, or replaces the one with its id.</summary>
    Task<CommandResult> SetDisplayMessageAsync(string stationId, DisplayMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// O03/O04 GetDisplayMessages with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>), which the
    /// station's NotifyDisplayMessagesRequests repeat.
    /// </summary>
    Task<CommandResult> GetDisplayMessagesAsync(string stationId, DisplayMessageQuery query, CancellationToken cancellationToken);

    /// <summary>O05 ClearDisplayMessage: removes the message with this id.</summary>
    Task<CommandResult> ClearDisplayMessageAsync(string stationId, int messageId, CancellationToken cancellationToken);
}

/// <summary>A message for the station's display (2.0.1 MessageInfoType).</summary>
/// <param name="Id">Unique within the station's messages; a message with the same id is replaced (O02).</param>
/// <param name="State">Show only while the station is in this state; absent, in any.</param>
/// <param name="StartDateTime">From when to show it; absent, at once.</param>
/// <param name="EndDateTime">Until when; afterwards the station removes it.</param>
/// <param name="TransactionId">Show during this transaction only (O06).</param>
/// <param name="Display">The display, when the station has more than one.</param>
public sealed record DisplayMessage(
    int Id, DisplayMessagePriority Priority, DisplayMessageContent Message, DisplayMessageState? State = null,
    DateTime? StartDateTime = null, DateTime? EndDateTime = null, string? TransactionId = null, ComponentAddress? Display = null);

/// <summary>What the message says (2.0.1 MessageContentType); <paramref name="Language"/> is RFC 5646.</summary>
public sealed record DisplayMessageContent(DisplayMessageFormat Format, string Content, string? Language = null);

/// <param name="Ids">Only these messages; absent, all.</param>
/// <param name="Priority">Only messages of this priority.</param>
/// <param name="State">Only messages shown in this state.</param>
public sealed record DisplayMessageQuery(IReadOnlyList<int>? Ids = null, DisplayMessagePriority? Priority = null, DisplayMessageState? State = null);

/// <summary>2.0.1 MessagePriorityEnumType.</summary>
public enum DisplayMessagePriority
{
    AlwaysFront,
    InFront,
    NormalCycle,
}

/// <summary>2.0.1 MessageStateEnumType.</summary>
public enum DisplayMessageState
{
    Charging,
    Faulted,
    Idle,
    Unavailable,
}

/// <summary>2.0.1 MessageFormatEnumType.</summary>
public enum DisplayMessageFormat
{
    ASCII,
    HTML,
    URI,
    UTF8,
}
