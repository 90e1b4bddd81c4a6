using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>N09/N10: NotifyCustomerInformationRequests repeat the requestId.</summary>
    public Task<CommandResult> CustomerInformationAsync(string stationId, CustomerInformationQuery query, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "CustomerInformation",
            new CustomerInformationRequest
            {
                RequestId = requestId,
                Report = query.Report,
                Clear = query.Clear,
                CustomerIdentifier = query.CustomerIdentifier,
                IdToken = query.IdToken is { } token ? IdToken(token.IdToken, token.Type) : null,
                CustomerCertificate = query.CustomerCertificate is { } certificate
                    ? new CertificateHashDataType
                    {
                        HashAlgorithm = Enum.Parse<HashAlgorithmEnumType>(certificate.HashAlgorithm.ToString()),
                        IssuerNameHash = certificate.IssuerNameHash,
                        IssuerKeyHash = certificate.IssuerKeyHash,
                        SerialNumber = certificate.SerialNumber,
                    }
                    : null,
            },
            Json.CustomerInformationRequest, Json.CustomerInformationResponse, cancellationToken, requestId);
    }
}
