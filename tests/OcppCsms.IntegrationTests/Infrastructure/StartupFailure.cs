namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>A host that must refuse to start: how every settings test checks the one line that names the bad key.</summary>
internal static class StartupFailure
{
    /// <summary>Starts the host, expects exit code 78 (EX_CONFIG) and one error line, and returns that line.</summary>
    public static async Task<string> ErrorLineAsync(IReadOnlyDictionary<string, string?> environment)
    {
        await using var host = await CsmsProcess.StartAsync(environment, expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", error, StringComparison.Ordinal);
        return error;
    }
}
