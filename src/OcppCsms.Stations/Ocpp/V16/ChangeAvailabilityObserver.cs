using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §5.2 ChangeAvailability: what the Charge Point took (Accepted) or will take after its transactions
/// (Scheduled) is kept for the connector, or for the Charge Point and all its connectors when the connector is 0.
/// </summary>
internal sealed class ChangeAvailabilityObserver(AvailabilityChanges changes) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V16;

    public string Action => "ChangeAvailability";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize(command.Response.Span, V16JsonContext.Default.ChangeAvailabilityResponse)!;
        if (answer.Status == AvailabilityStatus.Rejected)
        {
            return Task.CompletedTask;
        }

        var request = JsonSerializer.Deserialize(command.Request.Span, V16JsonContext.Default.ChangeAvailabilityRequest)!;
        return changes.RecordAsync(command.StationId, evseId: 0, request.ConnectorId, Enum.Parse<Availability>(request.Type.ToString()),
            scheduled: answer.Status == AvailabilityStatus.Scheduled, cancellationToken);
    }
}
