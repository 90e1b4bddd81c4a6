using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Stations.Authentication;

/// <summary>Says at start, where an operator reads it, that <c>Ocpp:UnknownStations=Accept</c> lets any identity in.</summary>
internal sealed partial class UnknownStationsWarning(IOptions<StationsOptions> options, ILogger<UnknownStationsWarning> logger) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UnknownStationPolicy == UnknownStationPolicy.Accept)
        {
            LogAcceptingEveryone(logger);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Ocpp:UnknownStations is Accept: any station identity connects without credentials and is registered as Accepted. For development only.")]
    private static partial void LogAcceptingEveryone(ILogger logger);
}
