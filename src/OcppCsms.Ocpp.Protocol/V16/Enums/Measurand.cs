using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.31 Measurand: what a SampledValue measures (default Energy.Active.Import.Register). Import flows from the grid to the Charge Point or EV, export the other way.</summary>
public enum Measurand
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
    [JsonStringEnumMemberName("Energy.Reactive.Export.Interval")]
    EnergyReactiveExportInterval,
    [JsonStringEnumMemberName("Energy.Reactive.Import.Interval")]
    EnergyReactiveImportInterval,
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
    RPM,
    SoC,
    Temperature,
    Voltage,
}
