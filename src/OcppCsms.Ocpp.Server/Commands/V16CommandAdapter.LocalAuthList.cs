using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    /// <summary>OCPP 1.6 §5.15, §6.41: an empty update is sent without a list (a Full one then empties the station's).</summary>
    public Task<CommandResult> SendLocalListAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SendLocalList", new SendLocalListRequest
            {
                ListVersion = update.Version,
                UpdateType = update.UpdateType == LocalListUpdateType.Full ? UpdateType.Full : UpdateType.Differential,
                LocalAuthorizationList = update.Entries.Count == 0 ? null : update.Entries.Select(entry => new AuthorizationData
                {
                    IdTag = entry.IdTag,
                    IdTagInfo = entry.Info is { } info
                        ? new IdTagInfo { Status = Enum.Parse<AuthorizationStatus>(info.Status.ToString()), ExpiryDate = info.ExpiryDate, ParentIdTag = info.ParentIdTag }
                        : null,
                }).ToList(),
            },
            Json.SendLocalListRequest, Json.SendLocalListResponse, cancellationToken);

    public Task<CommandResult> GetLocalListVersionAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetLocalListVersion", new GetLocalListVersionRequest(),
            Json.GetLocalListVersionRequest, Json.GetLocalListVersionResponse, cancellationToken);
}
