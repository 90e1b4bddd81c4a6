namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.10 GenericStatusEnumType: a generic answer, used by SignCertificate.conf.</summary>
public enum GenericStatusEnumType
{
    Accepted,
    Rejected,
}
