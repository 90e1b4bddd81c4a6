using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Stats;
using static OcppCsms.Simulator.Stations.StationAnswers;

namespace OcppCsms.Simulator.Stations.V16;

/// <summary>
/// An OCPP 1.6 charge point (edition 2, Core and Remote Trigger profiles): connectors 1…N and the charge point itself as
/// connector 0, transactions numbered by the CSMS, the configuration keys of <see cref="V16Configuration"/>.
/// </summary>
internal sealed class V16Station : SimulatedStation
{
    private static readonly V16JsonContext Json = V16JsonContext.Default;
    private readonly V16Configuration _configuration;
    private bool _stationOperative = true;

    public V16Station(StationEndpoint endpoint, SimulatorOptions options, StationSocketFactory sockets, SimulatorStats stats)
        : base(endpoint, options, sockets, stats)
    {
        _configuration = new V16Configuration(options.Connectors, options.HeartbeatInterval ?? HeartbeatInterval, options.MeterInterval);
    }

    protected override (int Attempts, TimeSpan Interval) TransactionMessageRetries =>
        (_configuration.TransactionMessageAttempts, _configuration.TransactionMessageRetryInterval);

    public override ValueTask<CallAnswer> HandleAsync(string messageId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(action switch
        {
            "RemoteStartTransaction" => Read(OcppVersion.V16, messageId, action, payload, Json.RemoteStartTransactionRequest, RemoteStart),
            "RemoteStopTransaction" => Read(OcppVersion.V16, messageId, action, payload, Json.RemoteStopTransactionRequest, RemoteStop),
            "Reset" => Read(OcppVersion.V16, messageId, action, payload, Json.ResetRequest, Reset),
            "UnlockConnector" => Read(OcppVersion.V16, messageId, action, payload, Json.UnlockConnectorRequest, Unlock),
            "ChangeAvailability" => Read(OcppVersion.V16, messageId, action, payload, Json.ChangeAvailabilityRequest, ChangeAvailability),
            "GetConfiguration" => Read(OcppVersion.V16, messageId, action, payload, Json.GetConfigurationRequest,
                (id, request) => Result(id, _configuration.Read(request.Key), Json.GetConfigurationResponse)),
            "ChangeConfiguration" => Read(OcppVersion.V16, messageId, action, payload, Json.ChangeConfigurationRequest, ChangeConfiguration),
            // §5.4: the station has an authorization cache of nothing; clearing it always succeeds.
            "ClearCache" => Read(OcppVersion.V16, messageId, action, payload, Json.ClearCacheRequest,
                (id, _) => Result(id, new ClearCacheResponse { Status = ClearCacheStatus.Accepted }, Json.ClearCacheResponse)),
            // §5.6: no vendor extensions here.
            "DataTransfer" => Read(OcppVersion.V16, messageId, action, payload, Json.DataTransferRequest,
                (id, _) => Result(id, new DataTransferResponse { Status = DataTransferStatus.UnknownVendorId }, Json.DataTransferResponse)),
            "TriggerMessage" => Read(OcppVersion.V16, messageId, action, payload, Json.TriggerMessageRequest, Trigger),
            _ when DefaultAnswers.TryGet(OcppVersion.V16, action, out var answer) => new CallAnswer(OcppFrameWriter.CallResult(messageId, answer)),
            // OCPP-J 1.6 §4.2.3: NotImplemented, "Requested Action is not known by receiver".
            _ => Error(messageId, OcppErrorCode.NotImplemented, OcppVersion.V16, $"{action} is not implemented by this charge point."),
        });

    protected override async Task<(bool Accepted, TimeSpan Interval)> BootAsync(OcppConnection connection, BootReason reason, CancellationToken cancellationToken)
    {
        var response = await connection.CallAsync("BootNotification", new BootNotificationRequest
        {
            ChargePointVendor = "OcppCsms",
            ChargePointModel = "Simulator 1.6",
            ChargePointSerialNumber = Id.Length <= 25 ? Id : Id[^25..],
            FirmwareVersion = "ocpp-sim 0.1.0",
        }, Json.BootNotificationRequest, Json.BootNotificationResponse, cancellationToken);
        return (response.Status == RegistrationStatus.Accepted, TimeSpan.FromSeconds(response.Interval));
    }

    /// <summary>§4.9: connector 0 reports the charge point itself, then each connector.</summary>
    protected override async Task ReportAllStatusAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        await SendStatusAsync(connection, 0, _stationOperative ? ChargePointStatus.Available : ChargePointStatus.Unavailable, cancellationToken);
        await base.ReportAllStatusAsync(connection, cancellationToken);
    }

    protected override Task SendStatusAsync(OcppConnection connection, Connector connector, CancellationToken cancellationToken) =>
        SendStatusAsync(connection, connector.Id, connector.State switch
        {
            ConnectorState.Preparing => ChargePointStatus.Preparing,
            ConnectorState.Charging => ChargePointStatus.Charging,
            ConnectorState.Finishing => ChargePointStatus.Finishing,
            ConnectorState.Unavailable => ChargePointStatus.Unavailable,
            _ => ChargePointStatus.Available,
        }, cancellationToken);

    protected override Task HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken) =>
        connection.CallAsync("Heartbeat", new HeartbeatRequest(), Json.HeartbeatRequest, Json.HeartbeatResponse, cancellationToken);

    protected override async Task<bool> AuthorizeAsync(OcppConnection connection, string idTag, CancellationToken cancellationToken)
    {
        var response = await connection.CallAsync("Authorize", new AuthorizeRequest { IdTag = idTag }, Json.AuthorizeRequest, Json.AuthorizeResponse, cancellationToken);
        return response.IdTagInfo.Status == AuthorizationStatus.Accepted;
    }

    /// <summary>
    /// §4.8 StartTransaction with the register at the start. The CSMS numbers the transaction in its answer; an id tag it
    /// does not accept ends the transaction again (§9.1.34 StopTransactionOnInvalidId, true here).
    /// </summary>
    protected override QueuedMessage Started(ChargingSession session)
    {
        var request = new StartTransactionRequest
        {
            ConnectorId = session.Connector.Id,
            IdTag = session.IdTag,
            MeterStart = (int)session.MeterStartWh,
            Timestamp = DateTime.UtcNow,
        };
        return new QueuedMessage("StartTransaction", () => JsonSerializer.SerializeToUtf8Bytes(request, Json.StartTransactionRequest), answer =>
        {
            var response = JsonSerializer.Deserialize(answer, Json.StartTransactionResponse)!;
            session.TransactionId = response.TransactionId;
            if (response.IdTagInfo.Status != AuthorizationStatus.Accepted)
            {
                session.Stop(StopReason.DeAuthorized);
            }
        }, QueuedOffline: !IsOnline);
    }

    /// <summary>§4.7 MeterValues of the transaction: the register (Energy.Active.Import.Register, Wh) and the power drawn (W).</summary>
    protected override QueuedMessage Metered(ChargingSession session)
    {
        var timestamp = DateTime.UtcNow;
        var energy = session.Connector.EnergyWh;
        return new QueuedMessage("MeterValues", () => session.TransactionId is not { } transactionId ? null : JsonSerializer.SerializeToUtf8Bytes(new MeterValuesRequest
        {
            ConnectorId = session.Connector.Id,
            TransactionId = transactionId,
            MeterValue =
            [
                new MeterValue
                {
                    Timestamp = timestamp,
                    SampledValue =
                    [
                        Sample(energy, Measurand.EnergyActiveImportRegister, UnitOfMeasure.Wh),
                        Sample(session.PowerW, Measurand.PowerActiveImport, UnitOfMeasure.W),
                    ],
                },
            ],
        }, Json.MeterValuesRequest), null, QueuedOffline: !IsOnline);
    }

    /// <summary>§4.10 StopTransaction with the register at the end; dropped when the CSMS never numbered the transaction.</summary>
    protected override QueuedMessage Ended(ChargingSession session, StopReason reason)
    {
        var timestamp = DateTime.UtcNow;
        var meterStop = (int)session.Connector.EnergyWh;
        return new QueuedMessage("StopTransaction", () => session.TransactionId is not { } transactionId ? null : JsonSerializer.SerializeToUtf8Bytes(new StopTransactionRequest
        {
            TransactionId = transactionId,
            IdTag = reason == StopReason.Local ? session.IdTag : null,
            MeterStop = meterStop,
            Timestamp = timestamp,
            Reason = reason switch
            {
                StopReason.Remote => Reason.Remote,
                StopReason.DeAuthorized => Reason.DeAuthorized,
                StopReason.SoftReset => Reason.SoftReset,
                StopReason.HardReset => Reason.HardReset,
                StopReason.UnlockCommand => Reason.UnlockCommand,
                _ => Reason.Local,
            },
        }, Json.StopTransactionRequest), null, QueuedOffline: !IsOnline);
    }

    private static SampledValue Sample(decimal value, Measurand measurand, UnitOfMeasure unit) => new()
    {
        Value = value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        Context = ReadingContext.SamplePeriodic,
        Measurand = measurand,
        Unit = unit,
    };

    private Task SendStatusAsync(OcppConnection connection, int connectorId, ChargePointStatus status, CancellationToken cancellationToken) =>
        connection.CallAsync("StatusNotification", new StatusNotificationRequest
        {
            ConnectorId = connectorId,
            ErrorCode = ChargePointErrorCode.NoError,
            Status = status,
            Timestamp = DateTime.UtcNow,
        }, Json.StatusNotificationRequest, Json.StatusNotificationResponse, cancellationToken);

    /// <summary>§5.11: Accepted when the connector (or, without one, any connector) is free; then the transaction starts.</summary>
    private CallAnswer RemoteStart(string messageId, RemoteStartTransactionRequest request)
    {
        var connector = request.ConnectorId is 0 ? null : ClaimForRemoteStart(request.ConnectorId);
        return connector is null
            ? Result(messageId, new RemoteStartTransactionResponse { Status = RemoteStartStopStatus.Rejected }, Json.RemoteStartTransactionResponse)
            : Result(messageId, new RemoteStartTransactionResponse { Status = RemoteStartStopStatus.Accepted }, Json.RemoteStartTransactionResponse,
                StartRemotely(connector, request.IdTag, CardIdTokenType, null, _configuration.AuthorizeRemoteTxRequests));
    }

    /// <summary>§5.12: Accepted for a transaction that runs here; it then stops with reason Remote.</summary>
    private CallAnswer RemoteStop(string messageId, RemoteStopTransactionRequest request)
    {
        var session = FindSession(s => s.TransactionId == request.TransactionId);
        return Result(messageId, new RemoteStopTransactionResponse { Status = session is null ? RemoteStartStopStatus.Rejected : RemoteStartStopStatus.Accepted },
            Json.RemoteStopTransactionResponse, session is null ? null : StopLater(session, StopReason.Remote));
    }

    /// <summary>§5.14: both types are accepted; transactions stop with reason SoftReset or HardReset, then the station reboots.</summary>
    private CallAnswer Reset(string messageId, ResetRequest request) =>
        Result(messageId, new ResetResponse { Status = ResetStatus.Accepted }, Json.ResetResponse,
            Reboot(request.Type == ResetType.Hard ? StopReason.HardReset : StopReason.SoftReset));

    /// <summary>§5.18: a running transaction on the connector stops first (reason UnlockCommand), then the cable is released.</summary>
    private CallAnswer Unlock(string messageId, UnlockConnectorRequest request)
    {
        if (Connectors.FirstOrDefault(c => c.Id == request.ConnectorId) is not { } connector)
        {
            return Result(messageId, new UnlockConnectorResponse { Status = UnlockStatus.NotSupported }, Json.UnlockConnectorResponse);
        }

        var session = connector.Session;
        return Result(messageId, new UnlockConnectorResponse { Status = UnlockStatus.Unlocked }, Json.UnlockConnectorResponse,
            session is null ? null : StopLater(session, StopReason.UnlockCommand));
    }

    /// <summary>§5.2: connector 0 is the whole charge point; Scheduled while a transaction runs on an affected connector.</summary>
    private CallAnswer ChangeAvailability(string messageId, ChangeAvailabilityRequest request)
    {
        var operative = request.Type == AvailabilityType.Operative;
        var affected = request.ConnectorId == 0 ? Connectors : Connectors.Where(c => c.Id == request.ConnectorId).ToList();
        if (affected.Count == 0)
        {
            return Result(messageId, new ChangeAvailabilityResponse { Status = AvailabilityStatus.Rejected }, Json.ChangeAvailabilityResponse);
        }

        var now = ChangeAvailability(affected, operative, out var report);
        if (request.ConnectorId == 0)
        {
            _stationOperative = operative;
        }

        return Result(messageId, new ChangeAvailabilityResponse { Status = now ? AvailabilityStatus.Accepted : AvailabilityStatus.Scheduled },
            Json.ChangeAvailabilityResponse, async cancellationToken =>
            {
                if (request.ConnectorId == 0 && OnlineConnection is { } connection)
                {
                    await SendStatusAsync(connection, 0, operative ? ChargePointStatus.Available : ChargePointStatus.Unavailable, cancellationToken);
                }

                await report(cancellationToken);
            });
    }

    /// <summary>§5.3: accepted values of HeartbeatInterval and MeterValueSampleInterval apply at once.</summary>
    private CallAnswer ChangeConfiguration(string messageId, ChangeConfigurationRequest request)
    {
        var status = _configuration.Change(request.Key, request.Value);
        if (status == ConfigurationStatus.Accepted && request.Key.Equals("HeartbeatInterval", StringComparison.OrdinalIgnoreCase))
        {
            HeartbeatInterval = Positive(_configuration.SecondsOf("HeartbeatInterval"), HeartbeatInterval);
        }
        else if (status == ConfigurationStatus.Accepted && request.Key.Equals("MeterValueSampleInterval", StringComparison.OrdinalIgnoreCase))
        {
            MeterInterval = Positive(_configuration.SecondsOf("MeterValueSampleInterval"), MeterInterval);
        }

        return Result(messageId, new ChangeConfigurationResponse { Status = status }, Json.ChangeConfigurationResponse);
    }

    /// <summary>§5.17: the requested message follows the answer; an unknown connector is Rejected.</summary>
    private CallAnswer Trigger(string messageId, TriggerMessageRequest request)
    {
        var connectors = request.ConnectorId is { } id and > 0 ? Connectors.Where(c => c.Id == id).ToList() : Connectors;
        if (connectors.Count == 0)
        {
            return Result(messageId, new TriggerMessageResponse { Status = TriggerMessageStatus.Rejected }, Json.TriggerMessageResponse);
        }

        Func<OcppConnection, CancellationToken, Task> send = request.RequestedMessage switch
        {
            MessageTrigger.BootNotification => (connection, ct) => BootAsync(connection, BootReason.Triggered, ct),
            MessageTrigger.Heartbeat => HeartbeatAsync,
            MessageTrigger.DiagnosticsStatusNotification => (connection, ct) => connection.CallAsync("DiagnosticsStatusNotification",
                new DiagnosticsStatusNotificationRequest { Status = DiagnosticsStatus.Idle },
                Json.DiagnosticsStatusNotificationRequest, Json.DiagnosticsStatusNotificationResponse, ct),
            MessageTrigger.FirmwareStatusNotification => (connection, ct) => connection.CallAsync("FirmwareStatusNotification",
                new FirmwareStatusNotificationRequest { Status = FirmwareStatus.Idle },
                Json.FirmwareStatusNotificationRequest, Json.FirmwareStatusNotificationResponse, ct),
            MessageTrigger.MeterValues => async (connection, ct) =>
            {
                foreach (var connector in connectors)
                {
                    await connection.CallAsync("MeterValues", TriggeredMeterValues(connector), Json.MeterValuesRequest, Json.MeterValuesResponse, ct);
                }
            },
            _ => async (connection, ct) =>
            {
                if (request.ConnectorId is null or 0)
                {
                    await SendStatusAsync(connection, 0, _stationOperative ? ChargePointStatus.Available : ChargePointStatus.Unavailable, ct);
                }

                foreach (var connector in request.ConnectorId is 0 ? [] : connectors)
                {
                    await SendStatusAsync(connection, connector, ct);
                }
            },
        };
        return Result(messageId, new TriggerMessageResponse { Status = TriggerMessageStatus.Accepted }, Json.TriggerMessageResponse,
            async cancellationToken =>
            {
                if (OnlineConnection is { } connection)
                {
                    await send(connection, cancellationToken);
                }
            });
    }

    /// <summary>§5.17: a triggered MeterValues carries context Trigger and, during a transaction, its id.</summary>
    private static MeterValuesRequest TriggeredMeterValues(Connector connector) => new()
    {
        ConnectorId = connector.Id,
        TransactionId = connector.Session?.TransactionId,
        MeterValue =
        [
            new MeterValue
            {
                Timestamp = DateTime.UtcNow,
                SampledValue = [Sample(connector.EnergyWh, Measurand.EnergyActiveImportRegister, UnitOfMeasure.Wh) with { Context = ReadingContext.Trigger }],
            },
        ],
    };

}
