namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.70 ReportBaseEnumType: Which base report GetBaseReportRequest asks for.</summary>
public enum ReportBaseEnumType
{
    ConfigurationInventory,

    FullInventory,

    /// <summary>Availability and problem conditions only (optional for the station to support).</summary>
    SummaryInventory,
}
