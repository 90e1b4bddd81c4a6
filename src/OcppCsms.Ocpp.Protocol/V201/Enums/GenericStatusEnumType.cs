namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.35 GenericStatusEnumType: Generic accept / reject result of a request.</summary>
public enum GenericStatusEnumType
{
    Accepted,
    Rejected,
}
