using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OcppCsms.Events.Webhooks;

/// <summary>The outcome of one POST to a receiver.</summary>
internal sealed record WebhookAttemptResult(int? StatusCode, string? Error, TimeSpan Duration)
{
    public bool Succeeded => Error is null;
}

/// <summary>POSTs one signed event to a receiver, once. Only a 2xx answer counts as delivered; redirects are not followed.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<EventsOptions> options, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttemptResult> SendAsync(WebhookTarget webhook, Guid deliveryId, string eventType, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Csms-Event", eventType);
        request.Headers.Add("X-Csms-Delivery", deliveryId.ToString());
        request.Headers.Add("X-Csms-Timestamp", timestamp);
        request.Headers.Add("X-Csms-Signature", WebhookSignature.Sign(webhook.Secret, timestamp, body));

        var timeout = TimeSpan.FromSeconds(options.Value.WebhookTimeoutSeconds);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        var started = clock.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var status = (int)response.StatusCode;
            return new WebhookAttemptResult(status, response.IsSuccessStatusCode ? null : $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttemptResult(null, "Cancelled: the CSMS is stopping", clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            return new WebhookAttemptResult(null, $"No answer within {timeout.TotalSeconds:0} s", clock.GetElapsedTime(started));
        }
        catch (HttpRequestException e)
        {
            return new WebhookAttemptResult(null, e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message, clock.GetElapsedTime(started));
        }
    }
}
