namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.21 SignedUpdateFirmware.req (2.0.1's UpdateFirmwareRequest, renamed).</summary>
public sealed record SignedUpdateFirmwareRequest
{
    /// <summary>How many times to retry the download; absent leaves it to the Charge Point.</summary>
    public int? Retries { get; init; }

    /// <summary>Seconds between attempts; absent leaves it to the Charge Point.</summary>
    public int? RetryInterval { get; init; }

    /// <summary>Identifies the update in the SignedFirmwareStatusNotification.req messages that follow.</summary>
    public required int RequestId { get; init; }

    public required FirmwareType Firmware { get; init; }
}

/// <summary>OCPP 1.6 security whitepaper edition 3 §5.22 SignedUpdateFirmware.conf.</summary>
public sealed record SignedUpdateFirmwareResponse
{
    public required UpdateFirmwareStatusEnumType Status { get; init; }
}
