using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Reports;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// A 2.0.1 report or notification the CSMS keeps as received (<see cref="StationReportLog"/>) and answers with a fixed
/// answer; one instance per action (see <see cref="StationReportHandlers"/>). The payload is checked against the
/// action's schema first, like every CALL.
/// </summary>
internal sealed class StationReportHandler<TRequest, TResponse>(
    string action, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response, Func<TRequest, ReportPart> part, TResponse answer, StationReportLog log)
    : OcppCallHandler<TRequest, TResponse>(request, response)
    where TRequest : class
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => action;

    protected override async ValueTask<TResponse> HandleAsync(OcppCall call, TRequest request, CancellationToken cancellationToken)
    {
        await log.RecordAsync(call.StationId, Action, part(request), call.Payload, cancellationToken);
        return answer;
    }
}
