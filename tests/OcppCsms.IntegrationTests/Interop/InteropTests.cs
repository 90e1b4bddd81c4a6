namespace OcppCsms.IntegrationTests.Interop;

/// <summary>Runs tests/interop (Node's test runner with ocpp-rpc in strict mode) against the built host, so that the one test command covers it.</summary>
[Collection(InteropCollection.Name)]
public sealed class InteropTests
{
    [InteropFact]
    public async Task An_independent_strict_ocpp_client_interoperates_with_the_host()
    {
        var output = await InteropPackages.RunAsync("node", "--test --test-reporter=tap", TimeSpan.FromMinutes(5));

        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        Assert.Matches(@"# pass [1-9]", output);
    }
}
