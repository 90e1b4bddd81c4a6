using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Stats;
using static OcppCsms.Simulator.Stations.StationAnswers;

namespace OcppCsms.Simulator.Stations.V201;

/// <summary>
/// An OCPP 2.0.1 charging station: EVSEs 1…N with one connector each, transactions numbered by the station and reported
/// with TransactionEvent (TxStartPoint and TxStopPoint Authorized), the device model of <see cref="V201DeviceModel"/>.
/// </summary>
internal sealed class V201Station : SimulatedStation
{
    private const int ConnectorOfEvse = 1;
    private static readonly V201JsonContext Json = V201JsonContext.Default;
    private readonly V201DeviceModel _deviceModel;

    public V201Station(StationEndpoint endpoint, SimulatorOptions options, StationSocketFactory sockets, SimulatorStats stats)
        : base(endpoint, options, sockets, stats)
    {
        _deviceModel = new V201DeviceModel(options.HeartbeatInterval ?? HeartbeatInterval, options.MeterInterval, options.Reconnect);
    }

    /// <summary>E13: MessageAttempts and MessageAttemptInterval of OCPPCommCtrlr, instance TransactionEvent.</summary>
    protected override (int Attempts, TimeSpan Interval) TransactionMessageRetries =>
        (_deviceModel.TransactionEventAttempts, _deviceModel.TransactionEventAttemptInterval);

    public override ValueTask<CallAnswer> HandleAsync(string messageId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(action switch
        {
            "RequestStartTransaction" => Read(OcppVersion.V201, messageId, action, payload, Json.RequestStartTransactionRequest, RequestStart),
            "RequestStopTransaction" => Read(OcppVersion.V201, messageId, action, payload, Json.RequestStopTransactionRequest, RequestStop),
            "Reset" => Read(OcppVersion.V201, messageId, action, payload, Json.ResetRequest, Reset),
            "UnlockConnector" => Read(OcppVersion.V201, messageId, action, payload, Json.UnlockConnectorRequest, Unlock),
            "ChangeAvailability" => Read(OcppVersion.V201, messageId, action, payload, Json.ChangeAvailabilityRequest, ChangeAvailability),
            "TriggerMessage" => Read(OcppVersion.V201, messageId, action, payload, Json.TriggerMessageRequest, Trigger),
            "GetVariables" => Read(OcppVersion.V201, messageId, action, payload, Json.GetVariablesRequest, (id, request) =>
                Result(id, new GetVariablesResponse { GetVariableResult = request.GetVariableData.Select(_deviceModel.Get).ToList() }, Json.GetVariablesResponse)),
            "SetVariables" => Read(OcppVersion.V201, messageId, action, payload, Json.SetVariablesRequest, SetVariables),
            "GetBaseReport" => Read(OcppVersion.V201, messageId, action, payload, Json.GetBaseReportRequest, BaseReport),
            "GetTransactionStatus" => Read(OcppVersion.V201, messageId, action, payload, Json.GetTransactionStatusRequest, TransactionStatus),
            // C11: the station keeps no authorization cache worth keeping; clearing it always succeeds.
            "ClearCache" => Read(OcppVersion.V201, messageId, action, payload, Json.ClearCacheRequest,
                (id, _) => Result(id, new ClearCacheResponse { Status = ClearCacheStatusEnumType.Accepted }, Json.ClearCacheResponse)),
            // P01.FR.06: no vendor extensions here.
            "DataTransfer" => Read(OcppVersion.V201, messageId, action, payload, Json.DataTransferRequest,
                (id, _) => Result(id, new DataTransferResponse { Status = DataTransferStatusEnumType.UnknownVendorId }, Json.DataTransferResponse)),
            _ when DefaultAnswers.V201NotSupported.Contains(action) =>
                Error(messageId, OcppErrorCode.NotSupported, OcppVersion.V201, $"{action} is not supported by this charging station."),
            _ when DefaultAnswers.TryGet(OcppVersion.V201, action, out var answer) => new CallAnswer(OcppFrameWriter.CallResult(messageId, answer)),
            // OCPP 2.0.1 part 4 §4.3: NotImplemented, "Requested Action is not known by receiver".
            _ => Error(messageId, OcppErrorCode.NotImplemented, OcppVersion.V201, $"{action} is not implemented by this charging station."),
        });

    protected override async Task<(bool Accepted, TimeSpan Interval)> BootAsync(OcppConnection connection, BootReason reason, CancellationToken cancellationToken)
    {
        var response = await connection.CallAsync("BootNotification", new BootNotificationRequest
        {
            Reason = reason switch
            {
                BootReason.RemoteReset => BootReasonEnumType.RemoteReset,
                BootReason.Triggered => BootReasonEnumType.Triggered,
                _ => BootReasonEnumType.PowerUp,
            },
            ChargingStation = new ChargingStationType
            {
                VendorName = "OcppCsms",
                Model = "Simulator 2.0.1",
                SerialNumber = Id.Length <= 25 ? Id : Id[^25..],
                FirmwareVersion = "ocpp-sim 0.1.0",
            },
        }, Json.BootNotificationRequest, Json.BootNotificationResponse, cancellationToken);
        return (response.Status == RegistrationStatusEnumType.Accepted, TimeSpan.FromSeconds(response.Interval));
    }

    /// <summary>G01: the status of a connector; Preparing, Charging and Finishing are all Occupied in 2.0.1.</summary>
    protected override Task SendStatusAsync(OcppConnection connection, Connector connector, CancellationToken cancellationToken) =>
        connection.CallAsync("StatusNotification", new StatusNotificationRequest
        {
            Timestamp = DateTime.UtcNow,
            EvseId = connector.Id,
            ConnectorId = ConnectorOfEvse,
            ConnectorStatus = connector.State switch
            {
                ConnectorState.Available => ConnectorStatusEnumType.Available,
                ConnectorState.Unavailable => ConnectorStatusEnumType.Unavailable,
                _ => ConnectorStatusEnumType.Occupied,
            },
        }, Json.StatusNotificationRequest, Json.StatusNotificationResponse, cancellationToken);

    protected override Task HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken) =>
        connection.CallAsync("Heartbeat", new HeartbeatRequest(), Json.HeartbeatRequest, Json.HeartbeatResponse, cancellationToken);

    protected override async Task<bool> AuthorizeAsync(OcppConnection connection, string idTag, CancellationToken cancellationToken)
    {
        var response = await connection.CallAsync("Authorize", new AuthorizeRequest { IdToken = Token(idTag, CardIdTokenType) },
            Json.AuthorizeRequest, Json.AuthorizeResponse, cancellationToken);
        return response.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted;
    }

    /// <summary>
    /// E03 (id token first) / F02 (remote start): TransactionEvent Started with the token, the EVSE and the register at
    /// the start (context Transaction.Begin, E03.FR.07). A token the CSMS does not accept ends the transaction
    /// (E05, StopTxOnInvalidId true, TxStopPoint Authorized).
    /// </summary>
    protected override QueuedMessage Started(ChargingSession session)
    {
        var remote = session.RemoteStartId is not null;
        var request = Event(session, TransactionEventEnumType.Started, remote ? TriggerReasonEnumType.RemoteStart : TriggerReasonEnumType.Authorized,
            ReadingContextEnumType.TransactionBegin) with
        {
            IdToken = Token(session.IdTag, session.IdTokenType),
            Evse = new EVSEType { Id = session.Connector.Id, ConnectorId = ConnectorOfEvse },
        };
        return Queued(request, answer =>
        {
            var response = JsonSerializer.Deserialize(answer, Json.TransactionEventResponse)!;
            if (response.IdTokenInfo is { Status: not AuthorizationStatusEnumType.Accepted })
            {
                session.Stop(StopReason.DeAuthorized);
            }
        });
    }

    /// <summary>E02.FR.10: Updated events at SampledDataCtrlr.TxUpdatedInterval with the register and the power.</summary>
    protected override QueuedMessage Metered(ChargingSession session) =>
        Queued(Event(session, TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValuePeriodic, ReadingContextEnumType.SamplePeriodic), null);

    /// <summary>E06/E07/F03: the Ended event, with the trigger and the stopped reason of what ended it.</summary>
    protected override QueuedMessage Ended(ChargingSession session, StopReason reason)
    {
        var request = Event(session, TransactionEventEnumType.Ended, reason switch
        {
            StopReason.Remote => TriggerReasonEnumType.RemoteStop,
            StopReason.DeAuthorized => TriggerReasonEnumType.Deauthorized,
            StopReason.SoftReset or StopReason.HardReset => TriggerReasonEnumType.ResetCommand,
            StopReason.UnlockCommand => TriggerReasonEnumType.UnlockCommand,
            _ => TriggerReasonEnumType.StopAuthorized,
        }, ReadingContextEnumType.TransactionEnd);
        return Queued(request with
        {
            // E06: a driver who stops with a token presents it; a stop by command carries none.
            IdToken = reason == StopReason.Local ? Token(session.IdTag, session.IdTokenType) : null,
            TransactionInfo = request.TransactionInfo with
            {
                ChargingState = reason == StopReason.UnlockCommand ? ChargingStateEnumType.Idle : ChargingStateEnumType.EVConnected,
                StoppedReason = reason switch
                {
                    StopReason.Remote => ReasonEnumType.Remote,
                    StopReason.DeAuthorized => ReasonEnumType.DeAuthorized,
                    StopReason.SoftReset => ReasonEnumType.Reboot,
                    StopReason.HardReset => ReasonEnumType.ImmediateReset,
                    StopReason.UnlockCommand => ReasonEnumType.EVDisconnected,
                    _ => ReasonEnumType.Local,
                },
            },
        }, null);
    }

    private static IdTokenType Token(string idTag, string type) => new()
    {
        IdToken = idTag,
        Type = Enum.TryParse<IdTokenEnumType>(type, out var parsed) ? parsed : IdTokenEnumType.ISO14443,
    };

    private static SampledValueType Sample(decimal value, MeasurandEnumType measurand, ReadingContextEnumType context) =>
        new() { Value = value, Measurand = measurand, Context = context };

    /// <summary>
    /// One TransactionEvent of the session, built now: its timestamp, its seqNo (part 2 E "Sequence Number Generation")
    /// and the offline flag are those of the moment it happened, however late it is delivered.
    /// </summary>
    private TransactionEventRequest Event(ChargingSession session, TransactionEventEnumType type, TriggerReasonEnumType trigger, ReadingContextEnumType context)
    {
        var now = DateTime.UtcNow;
        List<SampledValueType> samples = [Sample(session.Connector.EnergyWh, MeasurandEnumType.EnergyActiveImportRegister, context)];
        if (type == TransactionEventEnumType.Updated)
        {
            samples.Add(Sample(session.PowerW, MeasurandEnumType.PowerActiveImport, context));
        }

        return new TransactionEventRequest
        {
            EventType = type,
            Timestamp = now,
            TriggerReason = trigger,
            SeqNo = session.NextSeqNo(),
            Offline = IsOnline ? null : true,
            TransactionInfo = new TransactionType
            {
                TransactionId = session.StationTransactionId,
                ChargingState = ChargingStateEnumType.Charging,
                RemoteStartId = type == TransactionEventEnumType.Started ? session.RemoteStartId : null,
            },
            MeterValue = [new MeterValueType { Timestamp = now, SampledValue = samples }],
        };
    }

    private QueuedMessage Queued(TransactionEventRequest request, Action<byte[]>? answered)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, Json.TransactionEventRequest);
        return new QueuedMessage("TransactionEvent", () => payload, answered, QueuedOffline: !IsOnline);
    }

    /// <summary>F01/F02: Accepted when the EVSE asked for (or, without one, any EVSE) is free and operative (F02.FR.25/26).</summary>
    private CallAnswer RequestStart(string messageId, RequestStartTransactionRequest request)
    {
        var connector = ClaimForRemoteStart(request.EvseId);
        return Result(messageId, new RequestStartTransactionResponse
        {
            Status = connector is null ? RequestStartStopStatusEnumType.Rejected : RequestStartStopStatusEnumType.Accepted,
        }, Json.RequestStartTransactionResponse, connector is null ? null
            : StartRemotely(connector, request.IdToken.IdToken, request.IdToken.Type.ToString(), request.RemoteStartId, _deviceModel.AuthorizeRemoteStart));
    }

    /// <summary>F03: Accepted for a transaction that runs here, which then ends with RemoteStop / Remote.</summary>
    private CallAnswer RequestStop(string messageId, RequestStopTransactionRequest request)
    {
        var session = FindSession(s => s.StationTransactionId == request.TransactionId);
        return Result(messageId, new RequestStopTransactionResponse
        {
            Status = session is null ? RequestStartStopStatusEnumType.Rejected : RequestStartStopStatusEnumType.Accepted,
        }, Json.RequestStopTransactionResponse, session is null ? null : StopLater(session, StopReason.Remote));
    }

    /// <summary>
    /// B11 (no transaction) / B12 (with transactions): Immediate ends them and reboots; OnIdle waits for them to end
    /// (Scheduled, B12.FR.01). Resetting a single EVSE is not supported: Rejected (B11.FR.09 allows it).
    /// </summary>
    private CallAnswer Reset(string messageId, ResetRequest request)
    {
        if (request.EvseId is not null)
        {
            return Result(messageId, new ResetResponse { Status = ResetStatusEnumType.Rejected }, Json.ResetResponse);
        }

        if (request.Type == ResetEnumType.Immediate)
        {
            return Result(messageId, new ResetResponse { Status = ResetStatusEnumType.Accepted }, Json.ResetResponse, Reboot(StopReason.HardReset));
        }

        var running = Connectors.Select(c => c.Session).OfType<ChargingSession>().ToList();
        var reboot = Reboot(StopReason.SoftReset);
        return Result(messageId, new ResetResponse { Status = running.Count == 0 ? ResetStatusEnumType.Accepted : ResetStatusEnumType.Scheduled },
            Json.ResetResponse, async cancellationToken =>
            {
                await Task.WhenAll(running.Select(s => s.Ended.Task)).WaitAsync(cancellationToken);
                await reboot(cancellationToken);
            });
    }

    /// <summary>F05: an unknown EVSE or connector is UnknownConnector; with a transaction running, OngoingAuthorizedTransaction (F05.FR.02).</summary>
    private CallAnswer Unlock(string messageId, UnlockConnectorRequest request)
    {
        var connector = request.ConnectorId == ConnectorOfEvse ? Connectors.FirstOrDefault(c => c.Id == request.EvseId) : null;
        var status = connector switch
        {
            null => UnlockStatusEnumType.UnknownConnector,
            { Session: not null } => UnlockStatusEnumType.OngoingAuthorizedTransaction,
            _ => UnlockStatusEnumType.Unlocked,
        };
        return Result(messageId, new UnlockConnectorResponse { Status = status }, Json.UnlockConnectorResponse);
    }

    /// <summary>G03/G04: the station (no evse), an EVSE, or its connector; Scheduled while a transaction runs on it (G03.FR.05).</summary>
    private CallAnswer ChangeAvailability(string messageId, ChangeAvailabilityRequest request)
    {
        var affected = request.Evse switch
        {
            null => Connectors,
            { ConnectorId: not (null or ConnectorOfEvse) } => [],
            { Id: var evseId } => Connectors.Where(c => c.Id == evseId).ToList(),
        };
        if (affected.Count == 0)
        {
            return Result(messageId, new ChangeAvailabilityResponse { Status = ChangeAvailabilityStatusEnumType.Rejected }, Json.ChangeAvailabilityResponse);
        }

        var now = ChangeAvailability(affected, request.OperationalStatus == OperationalStatusEnumType.Operative, out var report);
        return Result(messageId, new ChangeAvailabilityResponse
        {
            Status = now ? ChangeAvailabilityStatusEnumType.Accepted : ChangeAvailabilityStatusEnumType.Scheduled,
        }, Json.ChangeAvailabilityResponse, report);
    }

    /// <summary>F06: the requested message follows the answer; an unknown EVSE is Rejected, a message this station cannot send NotImplemented (F06.FR.08).</summary>
    private CallAnswer Trigger(string messageId, TriggerMessageRequest request)
    {
        var connectors = request.Evse is { } evse ? Connectors.Where(c => c.Id == evse.Id).ToList() : Connectors;
        Func<OcppConnection, CancellationToken, Task>? send = request.RequestedMessage switch
        {
            _ when connectors.Count == 0 => null,
            // F06.FR.17: Rejected once the last BootNotification was accepted.
            MessageTriggerEnumType.BootNotification when !IsOnline => (connection, ct) => BootAsync(connection, BootReason.Triggered, ct),
            MessageTriggerEnumType.BootNotification => null,
            MessageTriggerEnumType.Heartbeat => HeartbeatAsync,
            MessageTriggerEnumType.StatusNotification => async (connection, ct) =>
            {
                foreach (var connector in connectors)
                {
                    await SendStatusAsync(connection, connector, ct);
                }
            },
            MessageTriggerEnumType.MeterValues => async (connection, ct) =>
            {
                foreach (var connector in connectors)
                {
                    await connection.CallAsync("MeterValues", new MeterValuesRequest
                    {
                        EvseId = connector.Id,
                        MeterValue = [new MeterValueType { Timestamp = DateTime.UtcNow, SampledValue = [Sample(connector.EnergyWh, MeasurandEnumType.EnergyActiveImportRegister, ReadingContextEnumType.Trigger)] }],
                    }, Json.MeterValuesRequest, Json.MeterValuesResponse, ct);
                }
            },
            // F06.FR.07: a TransactionEvent Updated with triggerReason Trigger, the charging state and the meter, per transaction.
            MessageTriggerEnumType.TransactionEvent => (_, _) =>
            {
                foreach (var session in connectors.Select(c => c.Session).OfType<ChargingSession>())
                {
                    Queue.Enqueue(Queued(Event(session, TransactionEventEnumType.Updated, TriggerReasonEnumType.Trigger, ReadingContextEnumType.Trigger), null));
                }

                return Task.CompletedTask;
            },
            MessageTriggerEnumType.FirmwareStatusNotification => (connection, ct) => connection.CallAsync("FirmwareStatusNotification",
                new FirmwareStatusNotificationRequest { Status = FirmwareStatusEnumType.Idle },
                Json.FirmwareStatusNotificationRequest, Json.FirmwareStatusNotificationResponse, ct),
            MessageTriggerEnumType.LogStatusNotification => (connection, ct) => connection.CallAsync("LogStatusNotification",
                new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Idle },
                Json.LogStatusNotificationRequest, Json.LogStatusNotificationResponse, ct),
            _ => null,
        };
        var status = send is not null ? TriggerMessageStatusEnumType.Accepted
            : connectors.Count == 0 || request.RequestedMessage == MessageTriggerEnumType.BootNotification ? TriggerMessageStatusEnumType.Rejected
            : TriggerMessageStatusEnumType.NotImplemented;
        return Result(messageId, new TriggerMessageResponse { Status = status }, Json.TriggerMessageResponse, send is null ? null : async cancellationToken =>
        {
            if (CurrentConnection is { } connection)
            {
                await send(connection, cancellationToken);
            }
        });
    }

    /// <summary>
    /// B05: each variable answered in order. Accepted values of HeartbeatInterval and TxUpdatedInterval apply at once; an
    /// accepted SecurityCtrlr.BasicAuthPassword is the password of the next connection (A01.FR.01–03).
    /// </summary>
    private CallAnswer SetVariables(string messageId, SetVariablesRequest request)
    {
        var results = new List<SetVariableResultType>(request.SetVariableData.Count);
        foreach (var data in request.SetVariableData)
        {
            var result = _deviceModel.Set(data);
            results.Add(result);
            if (result.AttributeStatus != SetVariableStatusEnumType.Accepted)
            {
                continue;
            }

            switch ((data.Component.Name, data.Variable.Name))
            {
                case ("OCPPCommCtrlr", "HeartbeatInterval"):
                    HeartbeatInterval = Positive(_deviceModel.SecondsOf("OCPPCommCtrlr", "HeartbeatInterval"), HeartbeatInterval);
                    break;
                case ("SampledDataCtrlr", "TxUpdatedInterval"):
                    MeterInterval = Positive(_deviceModel.SecondsOf("SampledDataCtrlr", "TxUpdatedInterval"), MeterInterval);
                    break;
                case ("SecurityCtrlr", "BasicAuthPassword"):
                    Endpoint = Endpoint with { Password = data.AttributeValue };
                    break;
            }
        }

        return Result(messageId, new SetVariablesResponse { SetVariableResult = results }, Json.SetVariablesResponse);
    }

    /// <summary>B07: Accepted for every base (B07.FR.01/12), then the report in one NotifyReport, seqNo 0 (B07.FR.10).</summary>
    private CallAnswer BaseReport(string messageId, GetBaseReportRequest request) =>
        Result(messageId, new GetBaseReportResponse { Status = GenericDeviceModelStatusEnumType.Accepted }, Json.GetBaseReportResponse, async cancellationToken =>
        {
            if (CurrentConnection is { } connection)
            {
                await connection.CallAsync("NotifyReport", new NotifyReportRequest
                {
                    RequestId = request.RequestId,
                    GeneratedAt = DateTime.UtcNow,
                    SeqNo = 0,
                    ReportData = _deviceModel.Report(request.ReportBase),
                }, Json.NotifyReportRequest, Json.NotifyReportResponse, cancellationToken);
            }
        });

    /// <summary>E14: whether the transaction still runs here and whether messages wait in the queue.</summary>
    private CallAnswer TransactionStatus(string messageId, GetTransactionStatusRequest request) =>
        Result(messageId, new GetTransactionStatusResponse
        {
            OngoingIndicator = request.TransactionId is { } id ? FindSession(s => s.StationTransactionId == id) is not null : null,
            MessagesInQueue = Queue.Count > 0,
        }, Json.GetTransactionStatusResponse);

}
