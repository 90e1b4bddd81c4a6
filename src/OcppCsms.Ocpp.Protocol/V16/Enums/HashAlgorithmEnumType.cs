namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.12 HashAlgorithmEnumType: the hash algorithm of a CertificateHashDataType.</summary>
public enum HashAlgorithmEnumType
{
    SHA256,
    SHA384,
    SHA512,
}
