namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.43 SampledValue: one measured value; each optional field has the default its enumeration names.</summary>
public sealed record SampledValue
{
    /// <summary>A decimal number as text (format Raw) or a signed data block (SignedData): a string in 1.6.</summary>
    public required string Value { get; init; }

    public ReadingContext? Context { get; init; }

    public ValueFormat? Format { get; init; }

    public Measurand? Measurand { get; init; }

    public Phase? Phase { get; init; }

    public Location? Location { get; init; }

    public UnitOfMeasure? Unit { get; init; }
}
