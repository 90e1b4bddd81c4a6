namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.79 SetVariableStatusEnumType: Result of setting one variable
/// (SetVariableResultType.attributeStatus).
/// </summary>
public enum SetVariableStatusEnumType
{
    Accepted,
    Rejected,
    UnknownComponent,
    UnknownVariable,
    NotSupportedAttributeType,
    RebootRequired,
}
