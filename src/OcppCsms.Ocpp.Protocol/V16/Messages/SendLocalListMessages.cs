namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.41 SendLocalList.req.</summary>
public sealed record SendLocalListRequest
{
    /// <summary>The version of the list once the update is applied (never 0 or -1, errata 3.52).</summary>
    public required int ListVersion { get; init; }

    /// <summary>The new list (Full) or the changes to it (Differential); each idTag at most once.</summary>
    public IReadOnlyList<AuthorizationData>? LocalAuthorizationList { get; init; }

    public required UpdateType UpdateType { get; init; }
}

/// <summary>OCPP 1.6 §6.42 SendLocalList.conf.</summary>
public sealed record SendLocalListResponse
{
    public required UpdateStatus Status { get; init; }
}
