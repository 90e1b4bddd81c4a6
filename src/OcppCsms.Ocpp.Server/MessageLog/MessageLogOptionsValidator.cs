using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Ocpp.Server.MessageLog;

internal sealed class MessageLogOptionsValidator : IValidateOptions<MessageLogOptions>
{
    public ValidateOptionsResult Validate(string? name, MessageLogOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{MessageLogOptions.SectionName}:RetentionDays", options.RetentionDays, 1, 3650);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
