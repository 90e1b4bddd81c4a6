using Serilog.Core;
using Serilog.Events;

namespace OcppCsms.Host.Logging;

/// <summary>
/// Text logs only: renders the request id as " req=ID" when the line belongs to a request and as nothing otherwise,
/// which an output template alone cannot express. JSON logs carry RequestId as a property instead.
/// </summary>
internal sealed class RequestTagEnricher : ILogEventEnricher
{
    public const string PropertyName = "RequestTag";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var tag = logEvent.Properties.TryGetValue("RequestId", out var id) && id is ScalarValue { Value: string value }
            ? $" req={value}"
            : "";
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(PropertyName, tag));
    }
}
