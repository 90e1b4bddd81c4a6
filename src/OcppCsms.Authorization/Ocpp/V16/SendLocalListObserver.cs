using OcppCsms.Authorization.LocalLists;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §5.15: an update the station accepted is the station's list and version now; Failed, VersionMismatch and
/// NotSupported leave what the CSMS knew.
/// </summary>
internal sealed class SendLocalListObserver(LocalListStore lists)
    : AnswerObserver<SendLocalListRequest, SendLocalListResponse>(V16JsonContext.Default.SendLocalListRequest, V16JsonContext.Default.SendLocalListResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "SendLocalList";

    protected override Task ObserveAsync(string stationId, SendLocalListRequest request, SendLocalListResponse response) =>
        response.Status != UpdateStatus.Accepted
            ? Task.CompletedTask
            : lists.ApplyAsync(stationId, new LocalListUpdate(
                request.ListVersion,
                request.UpdateType == UpdateType.Full ? LocalListUpdateType.Full : LocalListUpdateType.Differential,
                (request.LocalAuthorizationList ?? []).Select(entry => new LocalListEntry(entry.IdTag, entry.IdTagInfo is { } info
                    ? new LocalListEntryInfo(Enum.Parse<LocalListTagStatus>(info.Status.ToString()), info.ExpiryDate, info.ParentIdTag)
                    : null)).ToList()), CancellationToken.None);
}
