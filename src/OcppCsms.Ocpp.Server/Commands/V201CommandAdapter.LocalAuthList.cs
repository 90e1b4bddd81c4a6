using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>D01: each entry's idTokenInfo carries the status, the expiry as cacheExpiryDateTime and the group; an empty update has no list (minItems 1).</summary>
    public Task<CommandResult> SendLocalListAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SendLocalList", new SendLocalListRequest
            {
                VersionNumber = update.Version,
                UpdateType = update.UpdateType == LocalListUpdateType.Full ? UpdateEnumType.Full : UpdateEnumType.Differential,
                LocalAuthorizationList = update.Entries.Count == 0 ? null : update.Entries.Select(entry => new AuthorizationData
                {
                    IdToken = IdToken(entry.IdTag, entry.IdTokenType),
                    IdTokenInfo = entry.Info is { } info
                        ? new IdTokenInfoType
                        {
                            Status = Enum.Parse<AuthorizationStatusEnumType>(info.Status.ToString()),
                            CacheExpiryDateTime = info.ExpiryDate,
                            GroupIdToken = GroupIdToken(info.ParentIdTag),
                        }
                        : null,
                }).ToList(),
            },
            Json.SendLocalListRequest, Json.SendLocalListResponse, cancellationToken);

    public Task<CommandResult> GetLocalListVersionAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetLocalListVersion", new GetLocalListVersionRequest(),
            Json.GetLocalListVersionRequest, Json.GetLocalListVersionResponse, cancellationToken);
}
