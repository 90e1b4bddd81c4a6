using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Ocpp;

/// <summary>
/// A typed <see cref="ICommandAnswerObserver"/>: the request as sent and the answer as received, bound to their records
/// (the gateway has held both to their schemas already).
/// </summary>
/// <remarks>
/// Observers write with <see cref="CancellationToken.None"/>: the station has acted on the command, so its effect must be
/// recorded even when the operator who sent it stops waiting; the write is one small statement.
/// </remarks>
internal abstract class AnswerObserver<TRequest, TResponse>(JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response) : ICommandAnswerObserver
{
    public abstract OcppVersion Version { get; }

    public abstract string Action { get; }

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken) =>
        ObserveAsync(command.StationId, JsonSerializer.Deserialize(command.Request.Span, request)!, JsonSerializer.Deserialize(command.Response.Span, response)!);

    protected abstract Task ObserveAsync(string stationId, TRequest request, TResponse response);
}
