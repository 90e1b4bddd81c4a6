using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Stations.Firmware;

/// <summary>
/// The shape every firmware, diagnostics and log status notification shares, in both versions: record the status and
/// the request id, answer with the empty confirmation (OCPP 1.6 §4.4, §4.5; whitepaper §5.13, §5.19). The version's
/// handlers say which kind they report and where the status is.
/// </summary>
internal abstract class FirmwareReportHandler<TRequest, TResponse>(
    FirmwareReports reports, FirmwareReportKind kind, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response, TResponse answer)
    : OcppCallHandler<TRequest, TResponse>(request, response)
    where TRequest : class
{
    protected abstract (string Status, int? RequestId) Read(TRequest request);

    protected override async ValueTask<TResponse> HandleAsync(OcppCall call, TRequest request, CancellationToken cancellationToken)
    {
        var (status, requestId) = Read(request);
        await reports.RecordAsync(call.StationId, kind, status, requestId, locations: null, cancellationToken);
        return answer;
    }
}
