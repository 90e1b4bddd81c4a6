using OcppCsms.Authorization.LocalLists;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Authorization.Ocpp.V16;

/// <summary>OCPP 1.6 §5.10: the version the station reports (0 an empty list, -1 no local list support) is kept beside the CSMS's own.</summary>
internal sealed class GetLocalListVersionObserver(LocalListStore lists)
    : AnswerObserver<GetLocalListVersionRequest, GetLocalListVersionResponse>(
        V16JsonContext.Default.GetLocalListVersionRequest, V16JsonContext.Default.GetLocalListVersionResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "GetLocalListVersion";

    protected override Task ObserveAsync(string stationId, GetLocalListVersionRequest request, GetLocalListVersionResponse response) =>
        lists.RecordReportedVersionAsync(stationId, response.ListVersion, CancellationToken.None);
}
