using System.Data.Common;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>Answers "is the database reachable right now" for readiness checks, bounded in time.</summary>
public sealed class DatabaseProbe(DatabaseConfigurator database)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <returns>Null when the database answered, otherwise the reason it did not.</returns>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"The database did not answer within {Timeout.TotalSeconds:0} s.";
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or System.Net.Sockets.SocketException)
        {
            return e.Message;
        }
    }
}
