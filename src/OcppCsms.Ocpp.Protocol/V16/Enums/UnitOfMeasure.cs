using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.45 UnitOfMeasure: the unit of a SampledValue (default Wh).</summary>
public enum UnitOfMeasure
{
    Wh,
    [JsonStringEnumMemberName("kWh")]
    KWh,
    [JsonStringEnumMemberName("varh")]
    Varh,
    [JsonStringEnumMemberName("kvarh")]
    Kvarh,
    W,
    [JsonStringEnumMemberName("kW")]
    KW,
    VA,
    [JsonStringEnumMemberName("kVA")]
    KVA,
    [JsonStringEnumMemberName("var")]
    Var,
    [JsonStringEnumMemberName("kvar")]
    Kvar,
    A,
    V,
    Celsius,
    /// <summary>The misspelling of the original 1.6 release, still in the official JSON schema: stations may send it.</summary>
    Celcius,
    Fahrenheit,
    K,
    Percent,
}
