namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.41 SampledValueType: One measured value and what, where and why it was measured. With no
/// optional fields it is a register reading of active import energy in Wh.
/// </summary>
public sealed record SampledValueType
{
    public required decimal Value { get; init; }

    /// <summary>Absent means Sample.Periodic.</summary>
    public ReadingContextEnumType? Context { get; init; }

    /// <summary>Absent means Energy.Active.Import.Register.</summary>
    public MeasurandEnumType? Measurand { get; init; }

    /// <summary>Absent means an overall value.</summary>
    public PhaseEnumType? Phase { get; init; }

    /// <summary>Absent means Outlet.</summary>
    public LocationEnumType? Location { get; init; }

    public SignedMeterValueType? SignedMeterValue { get; init; }

    public UnitOfMeasureType? UnitOfMeasure { get; init; }

    public CustomDataType? CustomData { get; init; }
}
