using OcppCsms.Billing.Runs;

namespace OcppCsms.Billing.Tests;

/// <summary>The backoff of a billing that failed: doubling from the base, never beyond the maximum, never overflowing.</summary>
public sealed class BillingRetryTests
{
    private static readonly BillingOptions Defaults = new();

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(40, 3600)]
    [InlineData(int.MaxValue, 3600)]
    public void Each_retry_waits_twice_as_long_up_to_the_maximum(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TransactionBiller.RetryDelay(attempts, Defaults));

    [Fact]
    public void The_largest_base_and_maximum_do_not_overflow() =>
        Assert.Equal(TimeSpan.FromDays(7), TransactionBiller.RetryDelay(30, new BillingOptions { RetryBaseSeconds = 86_400, RetryMaxSeconds = 604_800 }));
}
