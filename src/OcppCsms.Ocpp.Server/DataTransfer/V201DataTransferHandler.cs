using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Ocpp.Server.DataTransfer;

/// <summary>OCPP 2.0.1 P01 DataTransfer from a station: any JSON data in and out, routed by <see cref="DataTransferRouter"/>.</summary>
internal sealed class V201DataTransferHandler(DataTransferRouter router)
    : OcppCallHandler<DataTransferRequest, DataTransferResponse>(V201JsonContext.Default.DataTransferRequest, V201JsonContext.Default.DataTransferResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "DataTransfer";

    protected override async ValueTask<DataTransferResponse> HandleAsync(OcppCall call, DataTransferRequest request, CancellationToken cancellationToken)
    {
        var answer = await router.RouteAsync(new DataTransferMessage(call.StationId, Version, request.VendorId, request.MessageId, request.Data), cancellationToken);
        return new DataTransferResponse { Status = Enum.Parse<DataTransferStatusEnumType>(answer.Status.ToString()), Data = answer.Data };
    }
}
