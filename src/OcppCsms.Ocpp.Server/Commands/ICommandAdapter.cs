using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// One OCPP version's way of carrying out the version-neutral commands of <see cref="IStationCommands"/>; the commands
/// are declared in partial files by 1.6 feature profile, as on <see cref="IStationCommands"/>.
/// </summary>
internal partial interface ICommandAdapter
{
    OcppVersion Version { get; }
}
