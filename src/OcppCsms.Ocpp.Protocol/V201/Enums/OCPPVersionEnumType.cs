namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.62 OCPPVersionEnumType: OCPP version of a network connection profile.</summary>
public enum OCPPVersionEnumType
{
    OCPP12,

    OCPP15,

    OCPP16,

    /// <summary>Also the value for OCPP 2.0.1 (OCPP 2.0 is deprecated).</summary>
    OCPP20,
}
