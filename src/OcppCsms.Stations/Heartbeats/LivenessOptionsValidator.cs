using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;
using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Heartbeats;

/// <summary>
/// An explicit <c>Ocpp:OfflineAfterSeconds</c> must exceed the heartbeat interval the stations are given: otherwise every
/// healthy station would be offline between two heartbeats.
/// </summary>
internal sealed class LivenessOptionsValidator(IOptions<BootOptions> boot) : IValidateOptions<LivenessOptions>
{
    public ValidateOptionsResult Validate(string? name, LivenessOptions options)
    {
        if (options.OfflineAfterSeconds is not { } seconds)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        failures.AddUnlessBetween($"{LivenessOptions.SectionName}:OfflineAfterSeconds", seconds, boot.Value.HeartbeatIntervalSeconds + 1, 7 * 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
