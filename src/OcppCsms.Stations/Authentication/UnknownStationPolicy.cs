namespace OcppCsms.Stations.Authentication;

/// <summary>What the upgrade does with an identity the registry does not know (<c>Ocpp:UnknownStations</c>).</summary>
internal enum UnknownStationPolicy
{
    /// <summary>HTTP 404, as OCPP 2.0.1 part 4 §3.2 and OCPP-J 1.6 §3.2 say a CSMS SHOULD answer.</summary>
    Reject,

    /// <summary>Register it as Pending with profile 0 and let it connect, for an operator to accept or reject.</summary>
    Pending,

    /// <summary>Register it as Accepted with profile 0: any identity is in. Development only.</summary>
    Accept,
}
