using System.Net;
using System.Net.Http.Headers;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>One block of a <c>text/event-stream</c>: its <c>id</c>, <c>event</c> and <c>data</c> fields.</summary>
internal sealed record ServerSentEvent(string? Id, string? Event, string Data);

/// <summary>
/// An open <c>text/event-stream</c> response, read the way a browser's EventSource reads it (WHATWG HTML §9.2.6):
/// blocks separated by a blank line, comment lines starting with ':' kept apart.
/// </summary>
internal sealed class ServerSentEventsClient : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly List<string> _comments = [];

    private ServerSentEventsClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    public IReadOnlyList<string> Comments => _comments;

    /// <summary>Opens the stream and waits for the server's first comment, so that the subscription is known to exist.</summary>
    public static async Task<ServerSentEventsClient> OpenAsync(HttpClient client, string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new ServerSentEventsClient(response, await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await stream.ReadLineAsync());
        return stream;
    }

    /// <returns>The next event, or null when the server ended the stream.</returns>
    public async Task<ServerSentEvent?> ReadEventAsync()
    {
        string? id = null, type = null;
        var data = new List<string>();
        while (await ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return new ServerSentEvent(id, type, string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                _comments.Add(line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Add(value); break;
            }
        }

        return null;
    }

    /// <summary>Reads until a comment line satisfying <paramref name="predicate"/> arrives; fails at the end of the stream.</summary>
    public async Task<string> ReadCommentAsync(Func<string, bool> predicate)
    {
        while (await ReadLineAsync() is { } line)
        {
            if (line.StartsWith(':') && predicate(line))
            {
                _comments.Add(line);
                return line;
            }
        }

        throw new InvalidOperationException("The stream ended before the expected comment.");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }

    private async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        return await _reader.ReadLineAsync(timeout.Token);
    }
}
