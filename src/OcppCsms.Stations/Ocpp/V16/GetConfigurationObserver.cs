using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Configuration;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 §5.8 GetConfiguration: the keys read are kept with their values and read-only flags (see <see cref="ConfigurationKeys"/>).</summary>
internal sealed class GetConfigurationObserver(ConfigurationKeys keys) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V16;

    public string Action => "GetConfiguration";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize(command.Request.Span, V16JsonContext.Default.GetConfigurationRequest)!;
        var answer = JsonSerializer.Deserialize(command.Response.Span, V16JsonContext.Default.GetConfigurationResponse)!;
        return keys.RecordReadAsync(command.StationId,
            answer.ConfigurationKey?.Select(k => new ReadKey(k.Key, k.Value, k.Readonly)).ToList() ?? [],
            answer.UnknownKey ?? [],
            whole: request.Key is null or { Count: 0 },
            cancellationToken);
    }
}
