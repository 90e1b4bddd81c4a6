using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// A meter-values message of either version: written through the group commit (the station is answered once it is
/// durable), then published as MeterValuesReceived in one shape for both versions (connectorId for 1.6, evseId for 2.0.1).
/// </summary>
internal sealed class MeterReports(MeterValueWriter writer, IEventPublisher events)
{
    public async Task RecordAsync(MeterReport report, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(report, cancellationToken);
        events.Publish(CsmsEventTypes.MeterValuesReceived, report.StationId, new Dictionary<string, object?>
        {
            ["connectorId"] = report.ConnectorId,
            ["evseId"] = report.EvseId,
            ["transactionId"] = report.StationTransactionId,
            ["sampledValues"] = report.Samples.Count,
            ["energyWh"] = EnergyRegister.Newest(report.Samples)?.Wh,
        });
    }
}
