using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>A bad <c>Billing</c> value stops the start with one line that names the key, as every other setting does.</summary>
public sealed class BillingOptionsTests
{
    [Theory]
    [InlineData("Billing__ScanIntervalSeconds", "0", "Billing:ScanIntervalSeconds must be between 1 and 86400 (got 0).")]
    [InlineData("Billing__RetryBaseSeconds", "0", "Billing:RetryBaseSeconds must be between 1 and 86400 (got 0).")]
    [InlineData("Billing__CostUpdatedIntervalSeconds", "-1", "Billing:CostUpdatedIntervalSeconds must be between 0 and 86400 (got -1).")]
    [InlineData("Billing__RetryMaxSeconds", "10", "Billing:RetryMaxSeconds must not be less than Billing:RetryBaseSeconds (got 10 and 30).")]
    [InlineData("Billing__Enabled", "sometimes", "Billing:Enabled")]
    public async Task A_bad_value_stops_the_start_naming_the_key(string variable, string value, string expected)
    {
        await using var database = new SqliteTestDatabase();

        var error = await StartupFailure.ErrorLineAsync(database.HostEnvironment((variable, value)));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
