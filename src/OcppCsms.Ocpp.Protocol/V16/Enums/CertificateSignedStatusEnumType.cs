namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.2 CertificateSignedStatusEnumType: the answer to CertificateSigned.req.</summary>
public enum CertificateSignedStatusEnumType
{
    Accepted,
    Rejected,
}
