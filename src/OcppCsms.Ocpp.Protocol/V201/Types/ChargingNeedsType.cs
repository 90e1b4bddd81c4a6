namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.8 ChargingNeedsType: Charging needs of the EV (ISO 15118), as reported in
/// NotifyEVChargingNeedsRequest.
/// </summary>
public sealed record ChargingNeedsType
{
    public required EnergyTransferModeEnumType RequestedEnergyTransfer { get; init; }

    public DateTime? DepartureTime { get; init; }

    public ACChargingParametersType? AcChargingParameters { get; init; }

    public DCChargingParametersType? DcChargingParameters { get; init; }

    public CustomDataType? CustomData { get; init; }
}
