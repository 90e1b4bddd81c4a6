using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Configuration;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §5.3 ChangeConfiguration: a value the station applied (Accepted) or applies at its next boot
/// (RebootRequired) is kept; Rejected and NotSupported change nothing.
/// </summary>
internal sealed class ChangeConfigurationObserver(ConfigurationKeys keys) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V16;

    public string Action => "ChangeConfiguration";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize(command.Response.Span, V16JsonContext.Default.ChangeConfigurationResponse)!;
        if (answer.Status is not (ConfigurationStatus.Accepted or ConfigurationStatus.RebootRequired))
        {
            return Task.CompletedTask;
        }

        var request = JsonSerializer.Deserialize(command.Request.Span, V16JsonContext.Default.ChangeConfigurationRequest)!;
        return keys.RecordChangeAsync(command.StationId, request.Key, request.Value,
            rebootRequired: answer.Status == ConfigurationStatus.RebootRequired, cancellationToken);
    }
}
