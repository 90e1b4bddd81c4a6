using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Authentication;
using OcppCsms.Stations.Heartbeats;
using OcppCsms.Stations.Persistence;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Api;

/// <summary>What one change to a station did: nothing more to tell, a generated password to show once, or a refusal.</summary>
internal sealed record StationChange(string? GeneratedPassword = null, ProblemHttpResult? Refusal = null)
{
    public static readonly StationChange Done = new();
}

/// <summary>
/// Changes one registered station: load, change, save, then drop what the upgrade check cached about it, so that the
/// next connection is checked against the new row (OCPP 2.0.1 part 2 A01.FR.03: a replaced password is no longer
/// accepted).
/// </summary>
internal sealed class StationChanges(
    IDbContextFactory<StationsDbContext> contexts, StationSnapshots snapshots, IStationSessions sessions, StationLiveness liveness, TimeProvider clock)
{
    public async Task<Results<Ok<StationResponse>, ProblemHttpResult>> ApplyAsync(
        string id, Func<Station, StationChange> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Stations.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } station)
        {
            return NotFound(id);
        }

        var outcome = change(station);
        if (outcome.Refusal is { } refusal)
        {
            return refusal;
        }

        station.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        Forget(id);
        return TypedResults.Ok(StationResponse.From(station, sessions.Find(id), liveness, outcome.GeneratedPassword));
    }

    public async Task<Results<CreatedAtRoute<StationResponse>, ProblemHttpResult>> RegisterAsync(
        RegisterStationRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var station = new Station
        {
            Id = request.Id,
            RegistrationStatus = RegistrationStatus.Accepted,
            SecurityProfile = request.SecurityProfile!.Value,
            CertificateCommonName = request.CertificateCommonName,
            Description = request.Description is { Length: > 0 } description ? description : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var generated = SecurityProfiles.UsesPassword(station.SecurityProfile) ? SetPassword(station, request.Password) : null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Stations.AnyAsync(s => s.Id == station.Id, cancellationToken))
        {
            return Exists(station.Id);
        }

        db.Stations.Add(station);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Registered (or connected unannounced) between the check and the insert; the primary key decided.
            return Exists(station.Id);
        }

        Forget(station.Id);
        return TypedResults.CreatedAtRoute(StationResponse.From(station, sessions.Find(station.Id), liveness, generated), "GetStation", new { id = station.Id });
    }

    /// <summary>The station and everything kept about it, in one transaction.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Stations.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        await db.Boots.Where(b => b.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ConnectorStatuses.Where(c => c.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await db.StatusHistory.Where(e => e.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Availabilities.Where(a => a.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ConfigurationKeys.Where(k => k.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await db.DeviceVariables.Where(v => v.StationId == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Forget(id);
        return deleted == 0 ? NotFound(id) : TypedResults.NoContent();
    }

    /// <summary>What this node keeps in memory about the station was read before the change: it goes.</summary>
    private void Forget(string id) => snapshots.Invalidate(id);

    /// <returns>The generated password, or null when <paramref name="password"/> was given.</returns>
    public static string? SetPassword(Station station, string? password)
    {
        var generated = password is null ? StationPassword.Generate() : null;
        (station.PasswordHash, station.PasswordSalt) = StationPassword.Hash(password ?? generated!);
        return generated;
    }

    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such station", detail: $"There is no station '{id}'.");

    private static ProblemHttpResult Exists(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Station exists", detail: $"Station '{id}' is registered already.");
}
