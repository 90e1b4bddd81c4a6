using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Streams;

/// <summary>
/// <c>GET /api/v1/events</c>: the event bus as Server-Sent Events (WHATWG HTML §9.2), one <c>id</c>/<c>event</c>/<c>data</c>
/// block per event and a comment line as heartbeat. The stream ends when the client goes, when the host begins to stop
/// (Kestrel's stop would otherwise wait for it until the shutdown timeout), or when the client fell so far behind that the
/// bus dropped it; EventSource clients then reconnect by themselves.
/// </summary>
internal static class ServerSentEventStream
{
    public static async Task StreamAsync(
        HttpContext context, [AsParameters] EventStreamQuery query, IEventSubscriptions bus, IHostApplicationLifetime lifetime,
        IOptions<EventsOptions> options, TimeProvider clock)
    {
        var settings = options.Value;
        using var subscription = bus.Subscribe(StreamSubscriber.Name("SSE", context.User, context), query.ToFilter(), settings.SubscriberBufferSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies such as nginx buffer responses unless told not to, which would hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var writer = response.BodyWriter;
        try
        {
            // Sent after subscribing: once the client has the response, no later event can be missed.
            await WriteAsync(writer, ": connected\n\n", stop.Token);
            await PumpAsync(writer, subscription, TimeSpan.FromSeconds(settings.SseHeartbeatSeconds), clock, stop.Token);
            if (subscription.Overflowed)
            {
                await WriteAsync(writer, $": dropped after falling {subscription.BufferSize} events behind; reconnect\n\n", stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away or the host is stopping: ending the response is all there is to do.
        }
    }

    private static async Task PumpAsync(PipeWriter writer, EventSubscription subscription, TimeSpan heartbeatInterval, TimeProvider clock, CancellationToken cancellationToken)
    {
        var events = subscription.Events;
        using var heartbeat = new PeriodicTimer(heartbeatInterval, clock);
        var tick = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
        var ready = events.WaitToReadAsync(cancellationToken).AsTask();
        while (true)
        {
            if (await Task.WhenAny(ready, tick) == tick)
            {
                await tick;
                await WriteAsync(writer, ": heartbeat\n\n", cancellationToken);
                tick = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                continue;
            }

            if (!await ready)
            {
                return;
            }

            while (events.TryRead(out var csmsEvent))
            {
                Write(writer, csmsEvent);
            }

            await writer.FlushAsync(cancellationToken);
            ready = events.WaitToReadAsync(cancellationToken).AsTask();
        }
    }

    // Event types are constants without line breaks, and the JSON is written on one line, so each field is one line.
    private static void Write(PipeWriter writer, CsmsEvent csmsEvent)
    {
        Encoding.UTF8.GetBytes($"id: {csmsEvent.Id}\nevent: {csmsEvent.Type}\ndata: ", writer);
        writer.Write(EventJson.Serialize(csmsEvent));
        writer.Write("\n\n"u8);
    }

    private static async Task WriteAsync(PipeWriter writer, string text, CancellationToken cancellationToken)
    {
        Encoding.UTF8.GetBytes(text, writer);
        await writer.FlushAsync(cancellationToken);
    }
}
