namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.4 AuthorizationData: An entry of the Local Authorization List, as sent in
/// SendLocalListRequest.
/// </summary>
public sealed record AuthorizationData
{
    /// <summary>
    /// Required in a full update. In a differential update, present adds or updates the entry and absent removes
    /// it.
    /// </summary>
    public IdTokenInfoType? IdTokenInfo { get; init; }

    public required IdTokenType IdToken { get; init; }

    public CustomDataType? CustomData { get; init; }
}
