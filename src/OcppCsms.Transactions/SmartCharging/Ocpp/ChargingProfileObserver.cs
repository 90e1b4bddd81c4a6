using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Transactions.SmartCharging.Ocpp;

/// <summary>
/// An answered command whose request and answer tell how a station's charging profiles changed: both are read into
/// their message records (the gateway has schema-checked them) and handed to <see cref="ObserveAsync(string, TRequest, TResponse, CancellationToken)"/>.
/// </summary>
internal abstract class ChargingProfileObserver<TRequest, TResponse>(OcppVersion version, string action, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response)
    : ICommandAnswerObserver
{
    public OcppVersion Version => version;

    public string Action => action;

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken) =>
        ObserveAsync(command.StationId, JsonSerializer.Deserialize(command.Request.Span, request)!, JsonSerializer.Deserialize(command.Response.Span, response)!,
            cancellationToken);

    protected abstract Task ObserveAsync(string stationId, TRequest request, TResponse response, CancellationToken cancellationToken);
}
