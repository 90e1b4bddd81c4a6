namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.21 ComponentCriterionEnumType: Which components GetReportRequest asks for, by their Active,
/// Available, Enabled or Problem variable.
/// </summary>
public enum ComponentCriterionEnumType
{
    Active,
    Available,
    Enabled,
    Problem,
}
