using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.35.1 NotifyDisplayMessagesRequest (use cases O03, O04): one part of the report a
/// GetDisplayMessagesRequest asked for.
/// </summary>
public sealed record NotifyDisplayMessagesRequest
{
    [MinLength(1)]
    public IReadOnlyList<MessageInfoType>? MessageInfo { get; init; }

    public required int RequestId { get; init; }

    /// <summary>To be continued: more parts follow (absent means false).</summary>
    public bool? Tbc { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.35.2 NotifyDisplayMessagesResponse: no fields.</summary>
public sealed record NotifyDisplayMessagesResponse
{
    public CustomDataType? CustomData { get; init; }
}
