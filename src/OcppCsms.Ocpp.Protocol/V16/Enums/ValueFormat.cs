namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.49 ValueFormat: how a SampledValue's value is to be read (default Raw).</summary>
public enum ValueFormat
{
    Raw,
    SignedData,
}
