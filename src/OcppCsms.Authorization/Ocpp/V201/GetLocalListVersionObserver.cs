using OcppCsms.Authorization.LocalLists;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Authorization.Ocpp.V201;

/// <summary>OCPP 2.0.1 D02: the version the station reports is kept beside the CSMS's own.</summary>
internal sealed class GetLocalListVersionObserver(LocalListStore lists)
    : AnswerObserver<GetLocalListVersionRequest, GetLocalListVersionResponse>(
        V201JsonContext.Default.GetLocalListVersionRequest, V201JsonContext.Default.GetLocalListVersionResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "GetLocalListVersion";

    protected override Task ObserveAsync(string stationId, GetLocalListVersionRequest request, GetLocalListVersionResponse response) =>
        lists.RecordReportedVersionAsync(stationId, response.VersionNumber, CancellationToken.None);
}
