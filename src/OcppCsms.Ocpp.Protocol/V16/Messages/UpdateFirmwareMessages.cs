namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.55 UpdateFirmware.req.</summary>
public sealed record UpdateFirmwareRequest
{
    /// <summary>The URI the firmware is retrieved from.</summary>
    public required string Location { get; init; }

    /// <summary>How many times to retry the download; absent leaves it to the Charge Point.</summary>
    public int? Retries { get; init; }

    /// <summary>The time after which the Charge Point may retrieve the firmware.</summary>
    public required DateTime RetrieveDate { get; init; }

    /// <summary>Seconds between attempts; absent leaves it to the Charge Point.</summary>
    public int? RetryInterval { get; init; }
}

/// <summary>OCPP 1.6 §6.56 UpdateFirmware.conf: no fields.</summary>
public sealed record UpdateFirmwareResponse;
