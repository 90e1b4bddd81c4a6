namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.47 LocationEnumType: Where a sampled value was measured (SampledValueType.location). Absent
/// means Outlet.
/// </summary>
public enum LocationEnumType
{
    Body,

    Cable,

    EV,

    /// <summary>Grid inlet for evseId 0, the EVSE inlet otherwise.</summary>
    Inlet,

    /// <summary>At a connector (the default).</summary>
    Outlet,
}
