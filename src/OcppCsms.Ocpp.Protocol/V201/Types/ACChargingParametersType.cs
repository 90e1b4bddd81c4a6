namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.1 ACChargingParametersType: EV AC charging parameters (ISO 15118), part of
/// ChargingNeedsType.
/// </summary>
public sealed record ACChargingParametersType
{
    /// <summary>Energy requested, in Wh, including energy for preconditioning.</summary>
    public required int EnergyAmount { get; init; }

    /// <summary>Minimum current per phase, in A.</summary>
    public required int EvMinCurrent { get; init; }

    /// <summary>Maximum current per phase, in A, including cable capacity.</summary>
    public required int EvMaxCurrent { get; init; }

    /// <summary>Maximum voltage, in V.</summary>
    public required int EvMaxVoltage { get; init; }

    public CustomDataType? CustomData { get; init; }
}
