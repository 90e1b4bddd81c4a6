using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Events;

internal sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{EventsOptions.SectionName}:SubscriberBufferSize", options.SubscriberBufferSize, 1, 1_000_000);
        failures.AddUnlessBetween($"{EventsOptions.SectionName}:SseHeartbeatSeconds", options.SseHeartbeatSeconds, 1, 3600);
        failures.AddUnlessBetween($"{EventsOptions.SectionName}:WebhookTimeoutSeconds", options.WebhookTimeoutSeconds, 1, 300);
        failures.AddUnlessBetween($"{EventsOptions.SectionName}:WebhookMaxPendingDeliveries", options.WebhookMaxPendingDeliveries, 1, 1_000_000);

        if (!EventsOptions.TryParseRetrySeconds(options.WebhookRetrySeconds, out _))
        {
            failures.Add($"{EventsOptions.SectionName}:WebhookRetrySeconds must be a comma-separated list of at most {EventsOptions.MaxWebhookRetries} " +
                         $"delays, each between 1 and {EventsOptions.MaxWebhookRetryDelaySeconds} seconds (got '{options.WebhookRetrySeconds}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
