using Microsoft.Extensions.Logging;
using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 C01/C06 Authorize: the idTokenInfo is the CSMS's verdict on the token (see <see cref="IdTagAuthorizer"/>),
/// looked up by its value whatever its type — an id tag is registered without one, case-insensitively.
/// </summary>
/// <remarks>
/// A contract certificate (C07: <c>certificate</c> or <c>iso15118CertificateHashData</c>) cannot be verified: this CSMS
/// has no contract certificate service. C07.FR.17 gives the answer for a chain that cannot be verified:
/// certificateStatus CertChainError with idTokenInfo.status Invalid, so the station does not charge on an unchecked
/// contract; it is logged so that an operator sees why Plug and Charge fails.
/// </remarks>
internal sealed partial class AuthorizeHandler(AuthorizeRequests requests, ILogger<AuthorizeHandler> logger)
    : OcppCallHandler<AuthorizeRequest, AuthorizeResponse>(V201JsonContext.Default.AuthorizeRequest, V201JsonContext.Default.AuthorizeResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "Authorize";

    protected override async ValueTask<AuthorizeResponse> HandleAsync(OcppCall call, AuthorizeRequest request, CancellationToken cancellationToken)
    {
        var verdict = await requests.AuthorizeAsync(call.StationId, request.IdToken.IdToken, cancellationToken);
        if (request.Certificate is null && request.Iso15118CertificateHashData is null)
        {
            return new AuthorizeResponse { IdTokenInfo = V201IdTokenInfo.From(verdict) };
        }

        ContractNotVerified(logger, request.IdToken.IdToken, call.StationId);
        return new AuthorizeResponse
        {
            CertificateStatus = AuthorizeCertificateStatusEnumType.CertChainError,
            IdTokenInfo = new IdTokenInfoType { Status = AuthorizationStatusEnumType.Invalid },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Contract certificate of {IdToken} at station {StationId} not verified: no contract certificate service is configured; answered CertChainError")]
    private static partial void ContractNotVerified(ILogger logger, string idToken, string stationId);
}
