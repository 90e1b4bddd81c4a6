using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.41.1 PublishFirmwareRequest (use case L03): the CSMS asks a Local Controller to download a
/// firmware file and publish it to its stations.
/// </summary>
public sealed record PublishFirmwareRequest
{
    /// <summary>URI to download the firmware from.</summary>
    [MaxLength(512)]
    public required string Location { get; init; }

    /// <summary>Download attempts after the first; absent leaves it to the Local Controller.</summary>
    public int? Retries { get; init; }

    /// <summary>MD5 of the whole firmware file, 32 hexadecimal digits.</summary>
    [MaxLength(32)]
    public required string Checksum { get; init; }

    public required int RequestId { get; init; }

    /// <summary>Seconds between attempts.</summary>
    public int? RetryInterval { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.41.2 PublishFirmwareResponse.</summary>
public sealed record PublishFirmwareResponse
{
    public required GenericStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
