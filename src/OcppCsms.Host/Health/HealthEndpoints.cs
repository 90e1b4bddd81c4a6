using Microsoft.AspNetCore.Http.HttpResults;
using OcppCsms.Host.Hosting;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Host.Health;

/// <summary>Probes for orchestrators and people. Anonymous by design: they reveal no data, only state.</summary>
internal static class HealthEndpoints
{
    private const string Healthy = "Healthy";
    private const string Unhealthy = "Unhealthy";

    public static WebApplication MapHealth(this WebApplication app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();

        health.MapGet("/live", () => TypedResults.Ok(new LiveResponse(Healthy)))
            .WithSummary("Liveness: the process is up and serving requests.");

        health.MapGet("/ready", ReadyAsync)
            .WithSummary("Readiness: the database answers. 503 with the reason when it does not.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        health.MapGet("", HealthAsync)
            .WithSummary("Status overview: version, uptime, database and connected stations. 503 when the database does not answer.")
            .Produces<HealthResponse>(StatusCodes.Status200OK)
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static async Task<Results<Ok<ReadyResponse>, ProblemHttpResult>> ReadyAsync(DatabaseProbe probe, CancellationToken cancellationToken)
    {
        var error = await probe.CheckAsync(cancellationToken);
        return error is null
            ? TypedResults.Ok(new ReadyResponse("Ready"))
            : TypedResults.Problem(title: "Not ready: the database is unreachable", detail: error, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> HealthAsync(
        DatabaseProbe probe, DatabaseConfigurator database, IStationSessions sessions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var error = await probe.CheckAsync(cancellationToken);
        var startedAt = ProductInfo.StartedAt;
        var response = new HealthResponse(
            Status: error is null ? Healthy : Unhealthy,
            Version: ProductInfo.Version,
            StartedAt: startedAt,
            UptimeSeconds: Math.Round((clock.GetUtcNow().UtcDateTime - startedAt).TotalSeconds, 1),
            Database: new DatabaseHealth(database.Provider.ToString(), error is null ? Healthy : Unhealthy, error),
            ConnectedStations: sessions.ConnectedCount);
        return TypedResults.Json(response, statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
