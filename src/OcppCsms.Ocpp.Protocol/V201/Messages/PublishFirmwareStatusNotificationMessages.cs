using System.ComponentModel.DataAnnotations;
using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.42.1 PublishFirmwareStatusNotificationRequest (use case L03): the Local Controller reports the
/// progress of publishing a firmware file.
/// </summary>
public sealed record PublishFirmwareStatusNotificationRequest
{
    public required PublishFirmwareStatusEnumType Status { get; init; }

    /// <summary>The URIs the firmware is published at; required with status Published.</summary>
    [MinLength(1)]
    [ItemMaxLength(512)]
    public IReadOnlyList<string>? Location { get; init; }

    public int? RequestId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.42.2 PublishFirmwareStatusNotificationResponse: no fields.</summary>
public sealed record PublishFirmwareStatusNotificationResponse
{
    public CustomDataType? CustomData { get; init; }
}
