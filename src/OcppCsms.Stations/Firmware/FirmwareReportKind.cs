namespace OcppCsms.Stations.Firmware;

/// <summary>What a firmware, diagnostics or log status notification reports on; both OCPP versions map into these.</summary>
internal enum FirmwareReportKind
{
    /// <summary>A firmware update: 1.6 FirmwareStatusNotification and SignedFirmwareStatusNotification, 2.0.1 FirmwareStatusNotification (L01/L02).</summary>
    Firmware,

    /// <summary>Publishing a firmware file on a Local Controller: 2.0.1 PublishFirmwareStatusNotification (L03).</summary>
    FirmwarePublication,

    /// <summary>A diagnostics upload: 1.6 DiagnosticsStatusNotification (GetDiagnostics).</summary>
    Diagnostics,

    /// <summary>A log upload: 1.6 security whitepaper and 2.0.1 LogStatusNotification (GetLog, N01).</summary>
    Log,
}
