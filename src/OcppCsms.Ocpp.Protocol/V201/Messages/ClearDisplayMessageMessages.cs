namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.8.1 ClearDisplayMessageRequest (use case O05): the CSMS removes a display message.
/// </summary>
public sealed record ClearDisplayMessageRequest
{
    /// <summary>The id of the display message to remove.</summary>
    public required int Id { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.8.2 ClearDisplayMessageResponse.</summary>
public sealed record ClearDisplayMessageResponse
{
    public required ClearMessageStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
