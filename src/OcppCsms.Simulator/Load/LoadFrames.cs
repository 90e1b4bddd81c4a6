using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using V16 = OcppCsms.Ocpp.Protocol.V16;
using V201 = OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Simulator.Load;

/// <summary>
/// The payloads of the load engine. Control messages (boot, start, stop) go through the protocol records so they are
/// schema-valid by construction; the burst messages are <see cref="FrameTemplate"/>s built once per station.
/// </summary>
internal static class LoadFrames
{
    public static byte[] Boot(OcppVersion version) => version == OcppVersion.V16
        ? JsonSerializer.SerializeToUtf8Bytes(new V16.BootNotificationRequest { ChargePointVendor = "OcppCsms", ChargePointModel = "ocpp-sim load" },
            V16.V16JsonContext.Default.BootNotificationRequest)
        : JsonSerializer.SerializeToUtf8Bytes(new V201.BootNotificationRequest
        {
            Reason = V201.BootReasonEnumType.PowerUp,
            ChargingStation = new V201.ChargingStationType { VendorName = "OcppCsms", Model = "ocpp-sim load" },
        }, V201.V201JsonContext.Default.BootNotificationRequest);

    public static FrameTemplate Heartbeat { get; } = new("Heartbeat", "{}");

    /// <summary>
    /// A MeterValues of 10 sampled values (the benchmark's scenario 3): the register, patched per message, and nine
    /// steady readings — power, current and voltage per phase, frequency, state of charge. 1.6: of the transaction
    /// (§4.7); 2.0.1: of EVSE 1 (J01, outside a transaction).
    /// </summary>
    public static FrameTemplate MeterValues(OcppVersion version, int? transactionId)
    {
        string[] steady = version == OcppVersion.V16
            ?
            [
                """{"value":"11040","measurand":"Power.Active.Import","unit":"W"}""",
                """{"value":"16.0","measurand":"Current.Import","phase":"L1","unit":"A"}""",
                """{"value":"16.0","measurand":"Current.Import","phase":"L2","unit":"A"}""",
                """{"value":"16.0","measurand":"Current.Import","phase":"L3","unit":"A"}""",
                """{"value":"230.1","measurand":"Voltage","phase":"L1-N","unit":"V"}""",
                """{"value":"229.8","measurand":"Voltage","phase":"L2-N","unit":"V"}""",
                """{"value":"230.4","measurand":"Voltage","phase":"L3-N","unit":"V"}""",
                """{"value":"50.00","measurand":"Frequency"}""",
                """{"value":"42","measurand":"SoC","unit":"Percent"}""",
            ]
            :
            [
                """{"value":11040,"measurand":"Power.Active.Import"}""",
                """{"value":16.0,"measurand":"Current.Import","phase":"L1"}""",
                """{"value":16.0,"measurand":"Current.Import","phase":"L2"}""",
                """{"value":16.0,"measurand":"Current.Import","phase":"L3"}""",
                """{"value":230.1,"measurand":"Voltage","phase":"L1-N"}""",
                """{"value":229.8,"measurand":"Voltage","phase":"L2-N"}""",
                """{"value":230.4,"measurand":"Voltage","phase":"L3-N"}""",
                """{"value":50.00,"measurand":"Frequency"}""",
                """{"value":42,"measurand":"SoC"}""",
            ];
        var register = version == OcppVersion.V16
            ? $$"""{"value":"{{FrameTemplate.Register}}","measurand":"Energy.Active.Import.Register","unit":"Wh"}"""
            : $$"""{"value":{{FrameTemplate.Register}},"measurand":"Energy.Active.Import.Register"}""";
        var meterValue = $$"""[{"timestamp":"{{FrameTemplate.Timestamp}}","sampledValue":[{{register}},{{string.Join(',', steady)}}]}]""";
        return new FrameTemplate("MeterValues", version == OcppVersion.V16
            ? $$"""{"connectorId":1,"transactionId":{{transactionId}},"meterValue":{{meterValue}}}"""
            : $$"""{"evseId":1,"meterValue":{{meterValue}}}""");
    }
}
