using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.63.1 UnpublishFirmwareRequest (use case L04): the CSMS asks a Local Controller to stop
/// publishing a firmware file.
/// </summary>
public sealed record UnpublishFirmwareRequest
{
    /// <summary>MD5 of the firmware file, as given in PublishFirmwareRequest.</summary>
    [MaxLength(32)]
    public required string Checksum { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.63.2 UnpublishFirmwareResponse.</summary>
public sealed record UnpublishFirmwareResponse
{
    public required UnpublishFirmwareStatusEnumType Status { get; init; }

    public CustomDataType? CustomData { get; init; }
}
