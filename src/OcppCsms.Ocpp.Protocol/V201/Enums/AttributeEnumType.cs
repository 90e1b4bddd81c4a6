namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.2 AttributeEnumType: Which attribute of a variable is meant: its actual value, its target
/// or its allowed minimum / maximum. Absent means Actual.
/// </summary>
public enum AttributeEnumType
{
    Actual,
    Target,
    MinSet,
    MaxSet,
}
