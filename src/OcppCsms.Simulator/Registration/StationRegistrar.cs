using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OcppCsms.Simulator.Registration;

/// <summary>
/// --register: creates the simulated stations and their drivers' id tags through the CSMS's operator API with an API key
/// (<c>POST /api/v1/stations</c>, <c>POST /api/v1/id-tags</c>), so a fleet can run against a CSMS that refuses unknown
/// stations. A station or tag that exists already is kept; an existing station gets the password of the password file.
/// </summary>
internal sealed class StationRegistrar(HttpClient api)
{
    private const int Parallelism = 8;
    private const int MaxAttempts = 60;

    /// <summary>Null on success, otherwise what the API refused, with its problem details.</summary>
    public async Task<string?> RegisterAsync(SimulatorOptions options, IEnumerable<string> stationIds, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(options.DriverTags, parallel, async (tag, ct) => Note(problems, await CreateIdTagAsync(tag, options.IdTag, ct)));
        await Parallel.ForEachAsync(stationIds, parallel, async (id, ct) => Note(problems, await RegisterStationAsync(id, options.PasswordOf(id), options.Url.Scheme == "wss", ct)));
        return problems.Count == 0 ? null : $"{problems.Count} station(s) or tag(s) could not be registered, e.g. {problems[0]}";
    }

    /// <summary>--register for a run: false, after saying why on <paramref name="error"/>, when the API refused or is unreachable.</summary>
    public static async Task<bool> RegisterFleetAsync(
        SimulatorOptions options, IReadOnlyList<string> ids, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var (api, refused) = await ConnectAsync(options, cancellationToken);
            using (api)
            {
                if ((refused ?? await new StationRegistrar(api!).RegisterAsync(options, ids, cancellationToken)) is { } problem)
                {
                    await error.WriteLineAsync($"--register: {problem}");
                    return false;
                }
            }
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"--register: the API at {options.ApiUrl} is not reachable: {e.Message}");
            return false;
        }

        await output.WriteLineAsync($"Registered {ids.Count} station(s) and their drivers' tags {options.DriverTag(0, 1)}... at {options.ApiUrl}.");
        return true;
    }

    /// <summary>
    /// A client carrying the API key, or the access token of the account (<c>POST /api/v1/auth/login</c>); the token
    /// lasts minutes, enough for a registration. Null with the refusal when the sign-in fails.
    /// </summary>
    public static async Task<(HttpClient? Client, string? Problem)> ConnectAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = options.ApiUrl, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            client.DefaultRequestHeaders.Add("X-API-Key", options.ApiKey);
            return (client, null);
        }

        using var login = await client.PostAsJsonAsync("api/v1/auth/login", new { username = options.ApiUser, password = options.ApiPassword }, cancellationToken);
        if (!login.IsSuccessStatusCode)
        {
            client.Dispose();
            return (null, await DescribeAsync("sign-in of " + options.ApiUser, login, cancellationToken));
        }

        using var tokens = JsonDocument.Parse(await login.Content.ReadAsStringAsync(cancellationToken));
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.RootElement.GetProperty("accessToken").GetString());
        return (client, null);
    }

    private static void Note(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            lock (problems)
            {
                problems.Add(problem);
            }
        }
    }

    /// <summary>An Accepted tag in the group <paramref name="group"/>: registering the group as Blocked blocks every simulated driver.</summary>
    private async Task<string?> CreateIdTagAsync(string idTag, string group, CancellationToken cancellationToken)
    {
        using var response = await PatientlyAsync(ct => api.PostAsJsonAsync("api/v1/id-tags",
            new { idTag, status = "Accepted", parentIdTag = group, description = "ocpp-sim driver" }, ct), cancellationToken);
        return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict ? null : await DescribeAsync("id tag " + idTag, response, cancellationToken);
    }

    /// <summary>
    /// Security profile 1 (Basic over ws) or 2 (Basic over wss) when the station has a password, 0 otherwise
    /// (OCPP 1.6 security whitepaper §2, OCPP 2.0.1 part 2 A00).
    /// </summary>
    private async Task<string?> RegisterStationAsync(string id, string? password, bool tls, CancellationToken cancellationToken)
    {
        var securityProfile = password is null ? 0 : tls ? 2 : 1;
        using var created = await PatientlyAsync(ct => api.PostAsJsonAsync("api/v1/stations", new { id, securityProfile, password, description = "ocpp-sim" }, ct), cancellationToken);
        if (created.IsSuccessStatusCode)
        {
            return null;
        }

        if (created.StatusCode != HttpStatusCode.Conflict)
        {
            return await DescribeAsync("station " + id, created, cancellationToken);
        }

        if (password is null)
        {
            return null;
        }

        using var updated = await PatientlyAsync(ct => api.PutAsJsonAsync($"api/v1/stations/{Uri.EscapeDataString(id)}", new { securityProfile }, ct), cancellationToken);
        using var changed = await PatientlyAsync(ct => api.PutAsJsonAsync($"api/v1/stations/{Uri.EscapeDataString(id)}/password", new { password }, ct), cancellationToken);
        return !updated.IsSuccessStatusCode ? await DescribeAsync("station " + id, updated, cancellationToken)
            : !changed.IsSuccessStatusCode ? await DescribeAsync("password of " + id, changed, cancellationToken)
            : null;
    }

    /// <summary>
    /// Sends a request again after a 429 once its Retry-After has passed (RFC 9110 §10.2.3; 5 s without one): the CSMS
    /// limits API requests per key a minute (<c>RateLimiting:ApiPerMinute</c>), and a large fleet needs more than that.
    /// </summary>
    private static async Task<HttpResponseMessage> PatientlyAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await send(cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxAttempts)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static async Task<string> DescribeAsync(string what, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(body);
            var detail = problem.RootElement.TryGetProperty("errors", out var errors) ? errors.ToString()
                : problem.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : problem.RootElement.GetProperty("title").GetString();
            return $"{what}: {(int)response.StatusCode} {detail}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{what}: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
