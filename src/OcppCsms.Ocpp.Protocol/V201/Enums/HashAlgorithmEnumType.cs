namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.42 HashAlgorithmEnumType: Hash algorithm used for the hashes identifying a certificate.
/// </summary>
public enum HashAlgorithmEnumType
{
    SHA256,
    SHA384,
    SHA512,
}
