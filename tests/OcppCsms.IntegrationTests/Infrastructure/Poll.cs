namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// Waiting for what the host does after it has answered: a station's 101 reaches the client before the host has
/// registered the session, so a test that reads the session right after connecting polls for it.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private const int Attempts = 100;

    /// <summary>Fails the test when <paramref name="condition"/> is not true within 5 s.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what = "The condition")
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(Interval);
        }

        Assert.Fail($"{what} did not become true within {Interval * Attempts}.");
    }

    /// <summary>The first value of <paramref name="read"/> that <paramref name="accept"/> takes, within 5 s.</summary>
    public static async Task<T> ForAsync<T>(Func<Task<T>> read, Func<T, bool> accept, string what = "The value")
    {
        var value = await read();
        await UntilAsync(async () => accept(value = await read()), what);
        return value;
    }
}
