using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Ocpp.Server.DataTransfer;

/// <summary>OCPP 1.6 §4.3 DataTransfer from a station: text data in and out, routed by <see cref="DataTransferRouter"/>.</summary>
internal sealed class V16DataTransferHandler(DataTransferRouter router)
    : OcppCallHandler<DataTransferRequest, DataTransferResponse>(V16JsonContext.Default.DataTransferRequest, V16JsonContext.Default.DataTransferResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "DataTransfer";

    protected override async ValueTask<DataTransferResponse> HandleAsync(OcppCall call, DataTransferRequest request, CancellationToken cancellationToken)
    {
        var data = request.Data is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(request.Data, V16JsonContext.Default.String);
        var answer = await router.RouteAsync(new DataTransferMessage(call.StationId, Version, request.VendorId, request.MessageId, data), cancellationToken);
        return new DataTransferResponse
        {
            Status = Enum.Parse<DataTransferStatus>(answer.Status.ToString()),
            Data = answer.Data is not { } value ? null : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }
}
