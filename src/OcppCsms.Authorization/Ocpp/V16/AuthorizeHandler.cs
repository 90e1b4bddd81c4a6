using OcppCsms.Authorization.Contracts;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Authorization.Ocpp.V16;

/// <summary>OCPP 1.6 §4.1 Authorize: the idTagInfo is the CSMS's verdict on the tag (see <see cref="IdTagAuthorizer"/>).</summary>
internal sealed class AuthorizeHandler(AuthorizeRequests requests)
    : OcppCallHandler<AuthorizeRequest, AuthorizeResponse>(V16JsonContext.Default.AuthorizeRequest, V16JsonContext.Default.AuthorizeResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "Authorize";

    protected override async ValueTask<AuthorizeResponse> HandleAsync(OcppCall call, AuthorizeRequest request, CancellationToken cancellationToken)
    {
        var verdict = await requests.AuthorizeAsync(call.StationId, request.IdTag, cancellationToken);
        return new AuthorizeResponse { IdTagInfo = V16IdTagInfo.From(verdict) };
    }
}
