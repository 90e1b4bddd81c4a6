using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>Signs in to a running host through the real API and hands out clients that carry the credentials.</summary>
internal static class OperatorSession
{
    /// <summary>The tokens of <c>POST /api/v1/auth/login</c> for the given account (default: the seeded admin).</summary>
    /// <param name="client">The client to sign in with, when the host's own will not do (https with a test CA).</param>
    public static async Task<JsonElement> LoginAsync(
        CsmsProcess host, string username = "admin", string password = TestSecrets.AdminPassword, HttpClient? client = null)
    {
        var response = await (client ?? host.Http).PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A client sending <c>Authorization: Bearer</c> with a fresh access token of the account.</summary>
    public static async Task<HttpClient> BearerClientAsync(CsmsProcess host, string username = "admin", string password = TestSecrets.AdminPassword)
    {
        var tokens = await LoginAsync(host, username, password);
        return BearerClient(host, tokens.GetProperty("accessToken").GetString()!);
    }

    public static HttpClient BearerClient(CsmsProcess host, string accessToken)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A client sending <c>X-API-Key</c> with a new key of the given role, created by the admin.</summary>
    public static async Task<HttpClient> ApiKeyClientAsync(CsmsProcess host, string role, int? requestsPerMinute = null)
    {
        using var admin = await BearerClientAsync(host);
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"test-{role}-{Guid.NewGuid():N}", role, requestsPerMinute });
        response.EnsureSuccessStatusCode();
        var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        return client;
    }
}
