using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Ocpp.Server.MessageLog;

internal sealed class MessageLogOptionsValidator : IValidateOptions<MessageLogOptions>
{
    public ValidateOptionsResult Validate(string? name, MessageLogOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{MessageLogOptions.SectionName}:RetentionDays", options.RetentionDays, 1, 3650);
        // Actions are case-sensitive (OCPP-J 1.6 §4.2.1): a misspelt one would silently keep logging what it meant to drop.
        foreach (var action in options.CountOnlyActionList)
        {
            if (!OcppMessageCatalog.For(OcppVersion.V16).TryGet(action, out _) && !OcppMessageCatalog.For(OcppVersion.V201).TryGet(action, out _))
            {
                failures.Add($"{MessageLogOptions.SectionName}:CountOnlyActions: '{action}' is no OCPP 1.6 or 2.0.1 action (names are case-sensitive).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
