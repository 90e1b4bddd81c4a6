namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.25 CustomerInformationStatusEnumType: Result of a CustomerInformationRequest.
/// </summary>
public enum CustomerInformationStatusEnumType
{
    Accepted,
    Rejected,
    Invalid,
}
