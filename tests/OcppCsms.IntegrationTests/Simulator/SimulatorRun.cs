using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Simulator.Cli;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Simulator;

/// <summary>
/// The simulator run in-process through its command line, against a host: what a user types, with the output kept for
/// the assertions and for the failure message. <see cref="DisposeAsync"/> ends the run as Ctrl+C does.
/// </summary>
internal sealed class SimulatorRun : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);
    private readonly StringWriter _text = new();
    private readonly TextWriter _output;
    private readonly CancellationTokenSource _stop = new();

    private SimulatorRun(IEnumerable<string> args)
    {
        _output = TextWriter.Synchronized(_text);
        Completion = Task.Run(() => SimulatorCommand.InvokeAsync([.. args], _output, _output, _stop.Token));
    }

    /// <summary>The exit code, when the run ends.</summary>
    public Task<int> Completion { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _text.ToString();
            }
        }
    }

    public static SimulatorRun Start(CsmsProcess host, params string[] args) =>
        new(["--url", new UriBuilder(host.BaseAddress) { Scheme = "ws", Path = "/ocpp" }.Uri.ToString().TrimEnd('/'), .. args]);

    /// <summary>A new API key of the Operator role, created by the seeded admin, as <c>--register</c> needs.</summary>
    public static async Task<string> OperatorApiKeyAsync(CsmsProcess host)
    {
        using var admin = await OperatorSession.BearerClientAsync(host);
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = UniqueName("sim"), role = "Operator" }), HttpStatusCode.Created);
        return created.GetProperty("key").GetString()!;
    }

    /// <summary>A station as <c>GET /api/v1/stations/{id}</c> shows it; null while the simulator has not registered it (404).</summary>
    public static async Task<JsonElement?> StationAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/v1/stations/{id}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    /// <summary>
    /// Like <see cref="Poll.UntilAsync"/> with the patience a fleet needs (registration, boots, an outage of seconds);
    /// the failure shows what the simulator printed.
    /// </summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not within {Patience}\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the run's own end (its --duration); fails after <paramref name="bound"/> or with an exit code other than 0.</summary>
    public async Task EndAsync(TimeSpan bound)
    {
        var finished = await Task.WhenAny(Completion, Task.Delay(bound));
        Assert.True(finished == Completion, $"The simulator did not end within {bound}:\n{Output}");
        var exitCode = await Completion;
        Assert.True(exitCode == 0, $"The simulator exited with {exitCode}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Completion.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
    }
}
