using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// There is no fallback policy (it would turn unknown paths into 401 instead of 404), so this is the guard instead:
/// every endpoint the real composition maps either names a policy that exists or is anonymous on purpose, and the
/// anonymous ones are a short list. The API document shows the same split to Swagger UI users.
/// </summary>
public sealed class EndpointSecurityTests : IAsyncLifetime
{
    /// <summary>Route patterns that may be reached without operator credentials, and why.</summary>
    private static readonly Dictionary<string, string> Anonymous = new(StringComparer.Ordinal)
    {
        ["/health"] = "probes of load balancers and orchestrators",
        ["/health/live"] = "liveness probe",
        ["/health/ready"] = "readiness probe",
        ["/metrics"] = "Prometheus scrapes without credentials (future)",
        ["/api/v1/auth/login"] = "how a user gets credentials",
        ["/api/v1/auth/refresh"] = "the refresh token is the credential",
        ["/ocpp/{stationId}"] = "stations authenticate at the WebSocket upgrade (OCPP security profiles)",
        ["/api/v1/events/ws"] = "authenticates in its first message (browsers cannot set headers on WebSockets)",
        ["/"] = "redirects to the web dashboard",
    };

    /// <summary>The web dashboard's static files; its API calls carry the user's token.</summary>
    private const string DashboardPrefix = "/dashboard";

    private readonly SqliteTestDatabase _database = new();
    private InProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new InProcessHost(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_endpoint_names_an_existing_policy_or_is_on_the_anonymous_list()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var policies = _host.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        var offenders = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = Pattern(endpoint);
            var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!Anonymous.ContainsKey(pattern) && !pattern.StartsWith(DashboardPrefix + "/", StringComparison.Ordinal) && pattern != DashboardPrefix)
                {
                    offenders.Add($"{endpoint.DisplayName}: anonymous, and not on the list of endpoints that may be");
                }
            }
            else if (named.Count == 0 || named.Any(string.IsNullOrEmpty))
            {
                offenders.Add($"{endpoint.DisplayName}: names no policy (add RequireAuthorization(OperatorPolicies.X) or AllowAnonymous())");
            }
            else
            {
                foreach (var policy in named)
                {
                    if (await policies.GetPolicyAsync(policy!) is null)
                    {
                        offenders.Add($"{endpoint.DisplayName}: policy '{policy}' does not exist");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Endpoints without a proper policy:\n  " + string.Join("\n  ", offenders));
        // The guard only means something if it saw the real composition.
        Assert.Contains(endpoints, e => Pattern(e) == "/api/v1/users" && e.Metadata.GetMetadata<IAuthorizeData>()?.Policy == "Admin");
        Assert.Contains(endpoints, e => Pattern(e) == "/api/v1/auth/login" && e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
    }

    [Fact]
    public async Task The_api_document_offers_bearer_and_api_key_on_protected_operations_only()
    {
        using var client = _host.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("Bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("header", schemes.GetProperty("ApiKey").GetProperty("in").GetString());
        Assert.Equal("X-API-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToDictionary(op => op.Name, op => Schemes(op.Operation));
        foreach (var open in new[] { "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "GET /health", "GET /health/live", "GET /health/ready" })
        {
            Assert.True(operations[open].Count == 0, $"{open} is anonymous but lists {string.Join(", ", operations[open])}");
        }

        foreach (var secured in new[] { "GET /api/v1/auth/me", "POST /api/v1/auth/logout", "PUT /api/v1/auth/password", "GET /api/v1/users", "POST /api/v1/users",
                     "PUT /api/v1/users/{id}", "DELETE /api/v1/users/{id}", "GET /api/v1/api-keys", "POST /api/v1/api-keys", "GET /api/v1/audit" })
        {
            Assert.Equal(["ApiKey", "Bearer"], operations[secured]);
        }
    }

    private static string Pattern(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : "/";

    private static List<string> Schemes(JsonElement operation) => operation.TryGetProperty("security", out var security)
        ? security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(s => s.Name)).Order(StringComparer.Ordinal).ToList()
        : [];
}
