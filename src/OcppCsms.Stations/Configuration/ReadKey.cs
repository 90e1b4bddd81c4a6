namespace OcppCsms.Stations.Configuration;

/// <summary>One key of a GetConfiguration answer (OCPP 1.6 §7.29 KeyValue).</summary>
internal sealed record ReadKey(string Key, string? Value, bool Readonly);
