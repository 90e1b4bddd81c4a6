namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.30 Location: where a SampledValue was measured (default Outlet).</summary>
public enum Location
{
    Body,
    Cable,
    EV,
    Inlet,
    Outlet,
}
