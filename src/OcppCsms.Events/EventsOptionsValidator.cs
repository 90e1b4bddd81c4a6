using System.Globalization;
using Microsoft.Extensions.Options;

namespace OcppCsms.Events;

internal sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var failures = new List<string>();
        Range(failures, "SubscriberBufferSize", options.SubscriberBufferSize, 1, 1_000_000);
        Range(failures, "SseHeartbeatSeconds", options.SseHeartbeatSeconds, 1, 3600);
        Range(failures, "WebhookTimeoutSeconds", options.WebhookTimeoutSeconds, 1, 300);
        Range(failures, "WebhookMaxPendingDeliveries", options.WebhookMaxPendingDeliveries, 1, 1_000_000);

        if (!EventsOptions.TryParseRetrySeconds(options.WebhookRetrySeconds, out _))
        {
            failures.Add($"{EventsOptions.SectionName}:WebhookRetrySeconds must be a comma-separated list of at most {EventsOptions.MaxWebhookRetries} " +
                         $"delays, each between 1 and {EventsOptions.MaxWebhookRetryDelaySeconds} seconds (got '{options.WebhookRetrySeconds}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{EventsOptions.SectionName}:{key} must be between {min} and {max} (got {value})."));
        }
    }
}
