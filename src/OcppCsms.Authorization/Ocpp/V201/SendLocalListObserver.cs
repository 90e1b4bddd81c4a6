using OcppCsms.Authorization.LocalLists;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 D01: an update the station accepted is the station's list and version now; the group is kept as the
/// entry's parent. Statuses 1.6 lacks (NoCredit, NotAtThisLocation, ...) cannot be sent through the REST command and
/// are kept as Invalid when a raw call sent them: not allowed to charge either way.
/// </summary>
internal sealed class SendLocalListObserver(LocalListStore lists)
    : AnswerObserver<SendLocalListRequest, SendLocalListResponse>(V201JsonContext.Default.SendLocalListRequest, V201JsonContext.Default.SendLocalListResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "SendLocalList";

    protected override Task ObserveAsync(string stationId, SendLocalListRequest request, SendLocalListResponse response) =>
        response.Status != SendLocalListStatusEnumType.Accepted
            ? Task.CompletedTask
            : lists.ApplyAsync(stationId, new LocalListUpdate(
                request.VersionNumber,
                request.UpdateType == UpdateEnumType.Full ? LocalListUpdateType.Full : LocalListUpdateType.Differential,
                (request.LocalAuthorizationList ?? []).Select(entry => new LocalListEntry(entry.IdToken.IdToken, entry.IdTokenInfo is { } info
                    ? new LocalListEntryInfo(Status(info.Status), info.CacheExpiryDateTime, info.GroupIdToken?.IdToken)
                    : null)).ToList()), CancellationToken.None);

    private static LocalListTagStatus Status(AuthorizationStatusEnumType status) =>
        Enum.TryParse<LocalListTagStatus>(status.ToString(), out var known) ? known : LocalListTagStatus.Invalid;
}
