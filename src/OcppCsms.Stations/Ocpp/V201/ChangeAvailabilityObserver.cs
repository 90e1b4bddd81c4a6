using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 G03/G04 ChangeAvailability: the operational status the station took (Accepted) or will take after its
/// transactions (Scheduled, G03.FR.05) is kept for the connector, the EVSE and its connectors, or without an EVSE the
/// whole station (G04.FR.01).
/// </summary>
internal sealed class ChangeAvailabilityObserver(AvailabilityChanges changes) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V201;

    public string Action => "ChangeAvailability";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize(command.Response.Span, V201JsonContext.Default.ChangeAvailabilityResponse)!;
        if (answer.Status == ChangeAvailabilityStatusEnumType.Rejected)
        {
            return Task.CompletedTask;
        }

        var request = JsonSerializer.Deserialize(command.Request.Span, V201JsonContext.Default.ChangeAvailabilityRequest)!;
        return changes.RecordAsync(command.StationId, request.Evse?.Id ?? 0, request.Evse?.ConnectorId ?? 0,
            Enum.Parse<Availability>(request.OperationalStatus.ToString()), scheduled: answer.Status == ChangeAvailabilityStatusEnumType.Scheduled,
            cancellationToken);
    }
}
