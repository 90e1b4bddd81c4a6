namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.24 CostKindEnumType: Kind of cost in a sales tariff (CostType.costKind).</summary>
public enum CostKindEnumType
{
    CarbonDioxideEmission,
    RelativePricePercentage,
    RenewableGenerationPercentage,
}
