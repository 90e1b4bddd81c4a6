namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.44 InstallCertificateStatusEnumType: Result of an InstallCertificateRequest.</summary>
public enum InstallCertificateStatusEnumType
{
    Accepted,
    Rejected,
    Failed,
}
