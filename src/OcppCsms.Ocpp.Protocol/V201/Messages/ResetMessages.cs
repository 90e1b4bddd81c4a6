namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.48.1 ResetRequest (use cases B11, B12): the CSMS asks the station, or one EVSE, to reset.
/// </summary>
public sealed record ResetRequest
{
    public required ResetEnumType Type { get; init; }

    /// <summary>Reset only this EVSE; absent: the whole station.</summary>
    public int? EvseId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.48.2 ResetResponse.</summary>
public sealed record ResetResponse
{
    public required ResetStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
