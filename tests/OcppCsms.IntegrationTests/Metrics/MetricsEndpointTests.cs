using System.Net;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Security;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;

namespace OcppCsms.IntegrationTests.Metrics;

/// <summary>The <c>/metrics</c> endpoint: the format Prometheus reads, runtime metrics, HTTP metrics by route template.</summary>
public sealed class MetricsEndpointTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task The_exposition_is_text_0_0_4_with_help_and_type_for_every_family_and_runtime_metrics()
    {
        using var response = await fixture.Host.Http.GetAsync("/metrics");
        var exposition = Exposition.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.NotEmpty(exposition.Samples);
        foreach (var family in exposition.Types.Keys)
        {
            Assert.True(exposition.Help.ContainsKey(family), $"No HELP for {family}");
        }

        foreach (var sample in exposition.Samples)
        {
            Assert.Contains(exposition.Types.Keys, family => sample.Name == family || sample.Name.StartsWith(family + "_", StringComparison.Ordinal));
        }

        // The runtime's own meter: GC, thread pool, working set.
        Assert.Equal("counter", exposition.Types["dotnet_gc_collections_total"]);
        Assert.True(exposition.Sum("dotnet_process_memory_working_set_bytes") > 0);
        // The runtime declares the thread pool's thread count an observable counter, so it carries _total.
        Assert.True(exposition.Sum("dotnet_thread_pool_thread_count_total") > 0);
    }

    [Fact]
    public async Task Http_requests_are_counted_by_route_template_never_by_raw_path_and_scrapes_are_not_counted()
    {
        var client = await fixture.OperatorAsync();
        var stationId = UniqueId("CP-HTTP-METRIC");
        await RegisterAsync(client, stationId, profile: 1, password: NewPassword());
        var before = await Exposition.ScrapeAsync(fixture.Host.Http);

        await GetAsync(client, stationId);
        await GetAsync(client, stationId);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.Http.GetAsync($"/no/such/{stationId}")).StatusCode);
        var after = await Exposition.ScrapeAsync(fixture.Host.Http);

        (string, string)[] station = [("method", "GET"), ("route", "/api/v1/stations/{id}"), ("status", "200")];
        Assert.Equal("counter", after.Types["http_requests_total"]);
        Assert.Equal("histogram", after.Types["http_request_duration_seconds"]);
        Assert.Equal(2, after.Sum("http_requests_total", station) - before.Sum("http_requests_total", station));
        Assert.Equal(2, after.Sum("http_request_duration_seconds_count", station) - before.Sum("http_request_duration_seconds_count", station));
        (string, string)[] unmatched = [("route", "unmatched"), ("status", "404")];
        Assert.Equal(1, after.Sum("http_requests_total", unmatched) - before.Sum("http_requests_total", unmatched));
        Assert.DoesNotContain(stationId, after.Text, StringComparison.Ordinal);
        Assert.Empty(after.Find("http_requests_total", ("route", "/metrics")));
    }
}

/// <summary>Hosts of their own: who may scrape, where, and the active gauge across a restart (bad settings: SecuritySettingsTests).</summary>
public sealed class MetricsAccessTests
{
    [Fact]
    public async Task A_client_outside_the_allowed_scrapers_gets_403_problem_details()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(
            ("Metrics__AllowedScrapers__0", "127.0.0.2"), ("Metrics__AllowedScrapers__1", "10.0.0.0/8")));

        var problem = await ProblemResponse.AssertAsync(await host.Http.GetAsync("/metrics"), HttpStatusCode.Forbidden);

        Assert.Contains("Metrics:AllowedScrapers", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metrics_path_moves_with_its_setting_and_an_allowed_scraper_reads_it()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(
            ("Metrics__Path", "/internal/prometheus"), ("Metrics__AllowedScrapers__0", "127.0.0.0/8")));

        var exposition = await Exposition.ScrapeAsync(host.Http, "/internal/prometheus");

        Assert.NotEmpty(exposition.Samples);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_active_transactions_gauge_starts_from_the_database_after_a_restart()
    {
        await using var database = new SqliteTestDatabase();
        var environment = StationsHostFixture.Environment(database);
        await using (var first = await CsmsProcess.StartAsync(environment))
        {
            using var client = await OperatorSession.BearerClientAsync(first);
            var idTag = UniqueTag("TAG-RST");
            await CreateTagAsync(client, idTag);
            await using var station = await TestStation.RegisterAndConnectAsync(first, client, UniqueId("CP-RESTART"));
            await StartAsync(station, 1, idTag, meterStart: 0, DateTime.UtcNow.AddMinutes(-5));
        }

        await using var second = await CsmsProcess.StartAsync(environment);
        var metrics = await Exposition.ScrapeAsync(second.Http);

        Assert.Equal(1, metrics.Sum("ocpp_transactions_active"));
        Assert.Equal(0, metrics.Sum("ocpp_transactions_total"));
    }
}
