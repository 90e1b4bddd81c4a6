using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Events.Streams;

internal static class EventStreamEndpoints
{
    public static void MapEventStreamEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/v1/events").WithTags("Events").WithRequestValidation();

        events.MapGet("", ServerSentEventStream.StreamAsync).RequireAuthorization(OperatorPolicies.Viewer)
            .WithSummary("Live events as Server-Sent Events (text/event-stream), filtered by stationId and type (repeat them or " +
                         "separate with commas). Browsers' EventSource authenticates with ?access_token=.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        events.MapGet("/ws", (HttpContext context, [AsParameters] EventStreamQuery query, WebSocketEventStream stream) => stream.HandleAsync(context, query))
            // Anonymous at the routing level only: browsers cannot put credentials on a WebSocket upgrade except in the
            // URL, so the handler accepts the first message as the credential and applies the Viewer policy itself.
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
