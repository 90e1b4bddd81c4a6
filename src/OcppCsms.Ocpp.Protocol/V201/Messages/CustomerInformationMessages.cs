using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.12.1 CustomerInformationRequest (use cases N09, N10): the CSMS asks the station to report
/// and/or clear what it holds about one customer.
/// </summary>
public sealed record CustomerInformationRequest
{
    public required int RequestId { get; init; }

    /// <summary>Send the customer's data in NotifyCustomerInformationRequests.</summary>
    public required bool Report { get; init; }

    /// <summary>Erase the customer's data.</summary>
    public required bool Clear { get; init; }

    /// <summary>A vendor-specific customer id; one of the three identifiers should be given.</summary>
    [MaxLength(64)]
    public string? CustomerIdentifier { get; init; }

    public IdTokenType? IdToken { get; init; }

    public CertificateHashDataType? CustomerCertificate { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.12.2 CustomerInformationResponse.</summary>
public sealed record CustomerInformationResponse
{
    public required CustomerInformationStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
