namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.47.1 ReserveNowRequest (use case H01): the CSMS reserves an EVSE, or any EVSE (of a connector
/// type), for an idToken.
/// </summary>
public sealed record ReserveNowRequest
{
    /// <summary>The reservation's id; a request with the id of an existing reservation replaces it.</summary>
    public required int Id { get; init; }

    public required DateTime ExpiryDateTime { get; init; }

    /// <summary>Reserve an EVSE with a connector of this type.</summary>
    public ConnectorEnumType? ConnectorType { get; init; }

    /// <summary>The EVSE to reserve; absent: any EVSE (only when ReservationNonEvseSpecific is true).</summary>
    public int? EvseId { get; init; }

    public required IdTokenType IdToken { get; init; }

    /// <summary>The group whose members may also use the reservation.</summary>
    public IdTokenType? GroupIdToken { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.47.2 ReserveNowResponse.</summary>
public sealed record ReserveNowResponse
{
    public required ReserveNowStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
