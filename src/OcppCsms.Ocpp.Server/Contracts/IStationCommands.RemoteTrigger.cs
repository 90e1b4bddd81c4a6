namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The OCPP 1.6 Remote Trigger profile's command and its OCPP 2.0.1 twin.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// OCPP 1.6 TriggerMessage (§5.17, of one connector or all); OCPP 2.0.1 TriggerMessage F06 (of EVSE
    /// <paramref name="connectorId"/>): the station sends that message now.
    /// </summary>
    Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorId, CancellationToken cancellationToken);
}

/// <summary>
/// The messages OCPP 1.6 TriggerMessage asks for (MessageTrigger, §7.32). OCPP 2.0.1 can trigger all but
/// DiagnosticsStatusNotification (its log uploads report with LogStatusNotification: <see cref="ExtendedTriggeredMessage"/>).
/// </summary>
public enum TriggeredMessage
{
    BootNotification,
    DiagnosticsStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    StatusNotification,
}
