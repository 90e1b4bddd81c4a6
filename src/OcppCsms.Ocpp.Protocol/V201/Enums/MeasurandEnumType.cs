using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.50 MeasurandEnumType: What a sampled value measures (SampledValueType.measurand). Absent
/// means Energy.Active.Import.Register.
/// </summary>
public enum MeasurandEnumType
{
    [JsonStringEnumMemberName("Current.Export")]
    CurrentExport,

    [JsonStringEnumMemberName("Current.Import")]
    CurrentImport,

    [JsonStringEnumMemberName("Current.Offered")]
    CurrentOffered,

    [JsonStringEnumMemberName("Energy.Active.Export.Register")]
    EnergyActiveExportRegister,

    [JsonStringEnumMemberName("Energy.Active.Import.Register")]
    EnergyActiveImportRegister,

    [JsonStringEnumMemberName("Energy.Reactive.Export.Register")]
    EnergyReactiveExportRegister,

    [JsonStringEnumMemberName("Energy.Reactive.Import.Register")]
    EnergyReactiveImportRegister,

    [JsonStringEnumMemberName("Energy.Active.Export.Interval")]
    EnergyActiveExportInterval,

    [JsonStringEnumMemberName("Energy.Active.Import.Interval")]
    EnergyActiveImportInterval,

    [JsonStringEnumMemberName("Energy.Active.Net")]
    EnergyActiveNet,

    [JsonStringEnumMemberName("Energy.Reactive.Export.Interval")]
    EnergyReactiveExportInterval,

    [JsonStringEnumMemberName("Energy.Reactive.Import.Interval")]
    EnergyReactiveImportInterval,

    [JsonStringEnumMemberName("Energy.Reactive.Net")]
    EnergyReactiveNet,

    [JsonStringEnumMemberName("Energy.Apparent.Net")]
    EnergyApparentNet,

    [JsonStringEnumMemberName("Energy.Apparent.Import")]
    EnergyApparentImport,

    [JsonStringEnumMemberName("Energy.Apparent.Export")]
    EnergyApparentExport,

    Frequency,

    [JsonStringEnumMemberName("Power.Active.Export")]
    PowerActiveExport,

    [JsonStringEnumMemberName("Power.Active.Import")]
    PowerActiveImport,

    [JsonStringEnumMemberName("Power.Factor")]
    PowerFactor,

    [JsonStringEnumMemberName("Power.Offered")]
    PowerOffered,

    [JsonStringEnumMemberName("Power.Reactive.Export")]
    PowerReactiveExport,

    [JsonStringEnumMemberName("Power.Reactive.Import")]
    PowerReactiveImport,

    SoC,

    Voltage,
}
