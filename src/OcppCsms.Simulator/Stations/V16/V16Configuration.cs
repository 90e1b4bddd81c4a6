using System.Globalization;
using OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Simulator.Stations.V16;

/// <summary>
/// The station's OCPP 1.6 configuration keys (§9.1 core profile), in memory: GetConfiguration reads them,
/// ChangeConfiguration changes the writable ones after checking the value's type (§5.3: Rejected when the value is not
/// valid, NotSupported for an unknown key).
/// </summary>
internal sealed class V16Configuration
{
    private readonly Dictionary<string, Entry> _keys;

    public V16Configuration(int connectors, TimeSpan heartbeat, TimeSpan meterInterval)
    {
        _keys = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase)
        {
            ["AuthorizeRemoteTxRequests"] = new("AuthorizeRemoteTxRequests", "false", ReadOnly: false, KeyType.Boolean),
            ["ClockAlignedDataInterval"] = new("ClockAlignedDataInterval", "0", ReadOnly: false, KeyType.Integer),
            ["ConnectionTimeOut"] = new("ConnectionTimeOut", "60", ReadOnly: false, KeyType.Integer),
            ["GetConfigurationMaxKeys"] = new("GetConfigurationMaxKeys", "50", ReadOnly: true, KeyType.Integer),
            ["HeartbeatInterval"] = new("HeartbeatInterval", Seconds(heartbeat), ReadOnly: false, KeyType.Integer),
            ["LocalAuthorizeOffline"] = new("LocalAuthorizeOffline", "false", ReadOnly: false, KeyType.Boolean),
            ["LocalPreAuthorize"] = new("LocalPreAuthorize", "false", ReadOnly: false, KeyType.Boolean),
            ["MeterValuesAlignedData"] = new("MeterValuesAlignedData", "Energy.Active.Import.Register", ReadOnly: false, KeyType.Text),
            ["MeterValuesSampledData"] = new("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import", ReadOnly: false, KeyType.Text),
            ["MeterValueSampleInterval"] = new("MeterValueSampleInterval", Seconds(meterInterval), ReadOnly: false, KeyType.Integer),
            ["NumberOfConnectors"] = new("NumberOfConnectors", connectors.ToString(CultureInfo.InvariantCulture), ReadOnly: true, KeyType.Integer),
            ["ResetRetries"] = new("ResetRetries", "1", ReadOnly: false, KeyType.Integer),
            ["StopTransactionOnEVSideDisconnect"] = new("StopTransactionOnEVSideDisconnect", "true", ReadOnly: false, KeyType.Boolean),
            ["StopTransactionOnInvalidId"] = new("StopTransactionOnInvalidId", "true", ReadOnly: false, KeyType.Boolean),
            ["StopTxnAlignedData"] = new("StopTxnAlignedData", "", ReadOnly: false, KeyType.Text),
            ["StopTxnSampledData"] = new("StopTxnSampledData", "", ReadOnly: false, KeyType.Text),
            ["SupportedFeatureProfiles"] = new("SupportedFeatureProfiles", "Core,RemoteTrigger", ReadOnly: true, KeyType.Text),
            ["TransactionMessageAttempts"] = new("TransactionMessageAttempts", "3", ReadOnly: false, KeyType.Integer),
            ["TransactionMessageRetryInterval"] = new("TransactionMessageRetryInterval", "10", ReadOnly: false, KeyType.Integer),
            ["UnlockConnectorOnEVSideDisconnect"] = new("UnlockConnectorOnEVSideDisconnect", "true", ReadOnly: false, KeyType.Boolean),
            ["WebSocketPingInterval"] = new("WebSocketPingInterval", "0", ReadOnly: false, KeyType.Integer),
        };
    }

    public bool AuthorizeRemoteTxRequests => bool.Parse(_keys["AuthorizeRemoteTxRequests"].Value);

    public int TransactionMessageAttempts => int.Parse(_keys["TransactionMessageAttempts"].Value, CultureInfo.InvariantCulture);

    public TimeSpan TransactionMessageRetryInterval => TimeSpan.FromSeconds(int.Parse(_keys["TransactionMessageRetryInterval"].Value, CultureInfo.InvariantCulture));

    /// <summary>§6.21 GetConfiguration.conf: the keys asked for (all when none), the unknown ones listed apart.</summary>
    public GetConfigurationResponse Read(IReadOnlyList<string>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return new GetConfigurationResponse { ConfigurationKey = _keys.Values.Select(ToKeyValue).ToList() };
        }

        var known = keys.Where(_keys.ContainsKey).Select(k => ToKeyValue(_keys[k])).ToList();
        var unknown = keys.Where(k => !_keys.ContainsKey(k)).ToList();
        return new GetConfigurationResponse { ConfigurationKey = known.Count > 0 ? known : null, UnknownKey = unknown.Count > 0 ? unknown : null };
    }

    /// <summary>§5.3 ChangeConfiguration.</summary>
    public ConfigurationStatus Change(string key, string value)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            return ConfigurationStatus.NotSupported;
        }

        var valid = entry.Type switch
        {
            KeyType.Integer => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            KeyType.Boolean => bool.TryParse(value, out _),
            _ => true,
        };
        if (entry.ReadOnly || !valid)
        {
            return ConfigurationStatus.Rejected;
        }

        _keys[key] = entry with { Value = entry.Type == KeyType.Boolean ? value.ToLowerInvariant() : value };
        return ConfigurationStatus.Accepted;
    }

    public TimeSpan SecondsOf(string key) => TimeSpan.FromSeconds(int.Parse(_keys[key].Value, CultureInfo.InvariantCulture));

    private static KeyValue ToKeyValue(Entry entry) => new() { Key = entry.Key, Readonly = entry.ReadOnly, Value = entry.Value };

    private static string Seconds(TimeSpan interval) => ((int)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private enum KeyType
    {
        Integer,
        Boolean,
        Text,
    }

    private sealed record Entry(string Key, string Value, bool ReadOnly, KeyType Type);
}
