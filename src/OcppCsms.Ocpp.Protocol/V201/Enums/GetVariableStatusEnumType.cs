namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.41 GetVariableStatusEnumType: Result of reading one variable
/// (GetVariableResultType.attributeStatus).
/// </summary>
public enum GetVariableStatusEnumType
{
    Accepted,
    Rejected,
    UnknownComponent,
    UnknownVariable,
    NotSupportedAttributeType,
}
