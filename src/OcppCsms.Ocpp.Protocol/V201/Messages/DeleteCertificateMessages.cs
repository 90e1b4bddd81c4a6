namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.14.1 DeleteCertificateRequest (use case M04): the CSMS asks the station to delete an installed
/// certificate.
/// </summary>
public sealed record DeleteCertificateRequest
{
    public required CertificateHashDataType CertificateHashData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.14.2 DeleteCertificateResponse.</summary>
public sealed record DeleteCertificateResponse
{
    public required DeleteCertificateStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
