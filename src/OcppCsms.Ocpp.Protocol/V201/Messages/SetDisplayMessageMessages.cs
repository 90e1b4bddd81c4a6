namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.52.1 SetDisplayMessageRequest (use cases O01, O02, O06): the CSMS configures a message for the
/// station's display.
/// </summary>
public sealed record SetDisplayMessageRequest
{
    public required MessageInfoType Message { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.52.2 SetDisplayMessageResponse.</summary>
public sealed record SetDisplayMessageResponse
{
    public required DisplayMessageStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
