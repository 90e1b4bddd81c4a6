using System.Globalization;
using OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Simulator.Stations.V201;

/// <summary>
/// A small OCPP 2.0.1 device model (part 2 appendix, referenced components and variables), Actual attributes only:
/// GetVariables reads it and SetVariables changes it (B06/B05), with the answers the specification gives for an unknown
/// component or variable, another attribute type, a read-only or write-only variable and a value of the wrong type.
/// </summary>
internal sealed class V201DeviceModel
{
    private readonly Dictionary<(string Component, string Variable, string? Instance), Variable> _variables;

    public V201DeviceModel(TimeSpan heartbeat, TimeSpan meterInterval, ReconnectPolicy reconnect)
    {
        _variables = new Dictionary<(string, string, string?), Variable>
        {
            [("AuthCtrlr", "Enabled", null)] = new("true", MutabilityEnumType.ReadWrite, DataEnumType.boolean),
            [("AuthCtrlr", "AuthorizeRemoteStart", null)] = new("false", MutabilityEnumType.ReadWrite, DataEnumType.boolean),
            [("ChargingStation", "AvailabilityState", null)] = new("Available", MutabilityEnumType.ReadOnly, DataEnumType.@string),
            [("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables")] = new("50", MutabilityEnumType.ReadOnly, DataEnumType.integer),
            [("DeviceDataCtrlr", "ItemsPerMessage", "SetVariables")] = new("50", MutabilityEnumType.ReadOnly, DataEnumType.integer),
            [("OCPPCommCtrlr", "HeartbeatInterval", null)] = new(Seconds(heartbeat), MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent")] = new("3", MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent")] = new("10", MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("OCPPCommCtrlr", "RetryBackOffRepeatTimes", null)] = new(reconnect.RepeatTimes.ToString(CultureInfo.InvariantCulture), MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("OCPPCommCtrlr", "RetryBackOffRandomRange", null)] = new(Seconds(reconnect.RandomRange), MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("OCPPCommCtrlr", "RetryBackOffWaitMinimum", null)] = new(Seconds(reconnect.WaitMinimum), MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("SampledDataCtrlr", "TxUpdatedInterval", null)] = new(Seconds(meterInterval), MutabilityEnumType.ReadWrite, DataEnumType.integer),
            [("SampledDataCtrlr", "TxUpdatedMeasurands", null)] = new("Energy.Active.Import.Register,Power.Active.Import", MutabilityEnumType.ReadWrite, DataEnumType.MemberList),
            [("SecurityCtrlr", "BasicAuthPassword", null)] = new("", MutabilityEnumType.WriteOnly, DataEnumType.@string),
            [("TxCtrlr", "StopTxOnInvalidId", null)] = new("true", MutabilityEnumType.ReadWrite, DataEnumType.boolean),
            [("TxCtrlr", "TxStartPoint", null)] = new("Authorized", MutabilityEnumType.ReadWrite, DataEnumType.MemberList),
            [("TxCtrlr", "TxStopPoint", null)] = new("Authorized", MutabilityEnumType.ReadWrite, DataEnumType.MemberList),
        };
    }

    public bool AuthorizeRemoteStart => bool.Parse(Value("AuthCtrlr", "AuthorizeRemoteStart"));

    public int TransactionEventAttempts => int.Parse(Value("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"), CultureInfo.InvariantCulture);

    public TimeSpan TransactionEventAttemptInterval =>
        TimeSpan.FromSeconds(int.Parse(Value("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent"), CultureInfo.InvariantCulture));

    public TimeSpan SecondsOf(string component, string variable) => TimeSpan.FromSeconds(int.Parse(Value(component, variable), CultureInfo.InvariantCulture));

    /// <summary>B06.FR.01–09: one result per requested variable, in the order asked.</summary>
    public GetVariableResultType Get(GetVariableDataType data)
    {
        var status = Find(data.Component, data.Variable, out var variable);
        if (status == GetVariableStatusEnumType.Accepted && data.AttributeType is not (null or AttributeEnumType.Actual))
        {
            status = GetVariableStatusEnumType.NotSupportedAttributeType;
        }
        else if (status == GetVariableStatusEnumType.Accepted && variable!.Mutability == MutabilityEnumType.WriteOnly)
        {
            // B06.FR.09: a WriteOnly value is never reported.
            status = GetVariableStatusEnumType.Rejected;
        }

        return new GetVariableResultType
        {
            AttributeStatus = status,
            AttributeType = data.AttributeType,
            AttributeValue = status == GetVariableStatusEnumType.Accepted ? variable!.Value : null,
            Component = data.Component,
            Variable = data.Variable,
        };
    }

    /// <summary>B05.FR.01–06: read-only variables and values of the wrong type are Rejected.</summary>
    public SetVariableResultType Set(SetVariableDataType data)
    {
        var found = Find(data.Component, data.Variable, out var variable);
        var status = found switch
        {
            GetVariableStatusEnumType.UnknownComponent => SetVariableStatusEnumType.UnknownComponent,
            GetVariableStatusEnumType.UnknownVariable => SetVariableStatusEnumType.UnknownVariable,
            _ when data.AttributeType is not (null or AttributeEnumType.Actual) => SetVariableStatusEnumType.NotSupportedAttributeType,
            _ when variable!.Mutability == MutabilityEnumType.ReadOnly || !variable.Accepts(data.AttributeValue) => SetVariableStatusEnumType.Rejected,
            _ => SetVariableStatusEnumType.Accepted,
        };
        if (status == SetVariableStatusEnumType.Accepted)
        {
            _variables[(data.Component.Name, data.Variable.Name, data.Variable.Instance)] = variable! with { Value = data.AttributeValue };
        }

        return new SetVariableResultType
        {
            AttributeStatus = status,
            AttributeType = data.AttributeType,
            Component = data.Component,
            Variable = data.Variable,
        };
    }

    /// <summary>
    /// B07: what a base report lists. ConfigurationInventory: the variables the operator can set (B07.FR.07);
    /// FullInventory: all of them with their characteristics (B07.FR.08); SummaryInventory: the availability (B07.FR.09).
    /// A WriteOnly value is never reported.
    /// </summary>
    public IReadOnlyList<ReportDataType> Report(ReportBaseEnumType reportBase) => _variables
        .Where(v => reportBase switch
        {
            ReportBaseEnumType.ConfigurationInventory => v.Value.Mutability != MutabilityEnumType.ReadOnly,
            ReportBaseEnumType.SummaryInventory => v.Key.Variable == "AvailabilityState",
            _ => true,
        })
        .Select(v => new ReportDataType
        {
            Component = new ComponentType { Name = v.Key.Component },
            Variable = new VariableType { Name = v.Key.Variable, Instance = v.Key.Instance },
            VariableAttribute =
            [
                new VariableAttributeType
                {
                    Type = AttributeEnumType.Actual,
                    Value = v.Value.Mutability == MutabilityEnumType.WriteOnly ? null : v.Value.Value,
                    Mutability = v.Value.Mutability,
                },
            ],
            VariableCharacteristics = new VariableCharacteristicsType { DataType = v.Value.Type, SupportsMonitoring = false },
        })
        .ToList();

    private GetVariableStatusEnumType Find(ComponentType component, VariableType variable, out Variable? found)
    {
        found = null;
        // EVSE- and connector-level instances of these components are not modelled: only the station-wide ones.
        if (component.Evse is not null || component.Instance is not null || !_variables.Keys.Any(k => k.Component == component.Name))
        {
            return GetVariableStatusEnumType.UnknownComponent;
        }

        return _variables.TryGetValue((component.Name, variable.Name, variable.Instance), out found)
            ? GetVariableStatusEnumType.Accepted
            : GetVariableStatusEnumType.UnknownVariable;
    }

    private string Value(string component, string variable, string? instance = null) => _variables[(component, variable, instance)].Value;

    private static string Seconds(TimeSpan interval) => ((int)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private sealed record Variable(string Value, MutabilityEnumType Mutability, DataEnumType Type)
    {
        public bool Accepts(string value) => Type switch
        {
            DataEnumType.integer => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            DataEnumType.boolean => value is "true" or "false",
            _ => true,
        };
    }
}
