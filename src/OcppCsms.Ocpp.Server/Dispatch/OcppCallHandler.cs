using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Dispatch;

/// <summary>
/// A typed handler: the payload is deserialised with the version's source-generated contract (which refuses unknown
/// properties, missing required ones and wrong types) before <see cref="HandleAsync(OcppCall, TRequest, CancellationToken)"/>
/// sees it, and the response is serialised with it.
/// </summary>
public abstract class OcppCallHandler<TRequest, TResponse>(JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response) : IOcppCallHandler
    where TRequest : class
{
    public abstract OcppVersion Version { get; }

    public abstract string Action { get; }

    public async ValueTask<OcppCallResult> HandleAsync(OcppCall call, CancellationToken cancellationToken)
    {
        TRequest? payload;
        try
        {
            payload = JsonSerializer.Deserialize(call.Payload.Span, request);
        }
        catch (JsonException e)
        {
            return new OcppCallResult.Error(PayloadErrors.Classify(e), $"The {Action} payload does not match its schema{PayloadErrors.At(e)}.");
        }

        if (payload is null)
        {
            return new OcppCallResult.Error(OcppErrorCode.FormatViolation, $"The {Action} payload must be a JSON object.");
        }

        return new OcppCallResult.Result(JsonSerializer.SerializeToUtf8Bytes(await HandleAsync(call, payload, cancellationToken), response));
    }

    protected abstract ValueTask<TResponse> HandleAsync(OcppCall call, TRequest request, CancellationToken cancellationToken);
}
