using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Dispatch;

/// <summary>
/// A typed handler: the payload is checked against the request record's schema and bound to it
/// (<see cref="OcppPayload"/>) before <see cref="HandleAsync(OcppCall, TRequest, CancellationToken)"/> sees it; a payload
/// that does not conform is answered with the violation's CALLERROR and never reaches the module.
/// </summary>
public abstract class OcppCallHandler<TRequest, TResponse>(JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response) : IOcppCallHandler
    where TRequest : class
{
    public abstract OcppVersion Version { get; }

    public abstract string Action { get; }

    public async ValueTask<OcppCallResult> HandleAsync(OcppCall call, CancellationToken cancellationToken)
    {
        if (!OcppPayload.TryRead(call.Payload.Span, request, out var payload, out var violation))
        {
            return new OcppCallResult.Error(violation.Code, violation.Describe(Action));
        }

        return new OcppCallResult.Result(JsonSerializer.SerializeToUtf8Bytes(await HandleAsync(call, payload, cancellationToken), response));
    }

    protected abstract ValueTask<TResponse> HandleAsync(OcppCall call, TRequest request, CancellationToken cancellationToken);
}
