using System.Globalization;
using System.Text;

namespace OcppCsms.IntegrationTests.Metrics;

/// <summary>
/// A Prometheus text exposition read back the way Prometheus reads it: families with their HELP and TYPE, and samples
/// by name and labels (values unescaped). Lines it cannot read fail the test: a scraper would reject them too.
/// </summary>
internal sealed class Exposition
{
    private Exposition(string text) => Text = text;

    public string Text { get; }

    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Help { get; } = new(StringComparer.Ordinal);

    public List<Sample> Samples { get; } = [];

    public static async Task<Exposition> ScrapeAsync(HttpClient http, string path = "/metrics")
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static Exposition Parse(string text)
    {
        var exposition = new Exposition(text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var parts = line["# HELP ".Length..].Split(' ', 2);
                Assert.True(exposition.Help.TryAdd(parts[0], parts[1]), $"Second HELP for {parts[0]}");
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line["# TYPE ".Length..].Split(' ');
                Assert.True(exposition.Types.TryAdd(parts[0], parts[1]), $"Second TYPE for {parts[0]}");
            }
            else
            {
                exposition.Samples.Add(ParseSample(line));
            }
        }

        return exposition;
    }

    /// <summary>The samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public IEnumerable<Sample> Find(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    /// <summary>The sum over the matching series; 0 when none matches (a counter never incremented has no series).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) => Find(name, labels).Sum(s => s.Value);

    private static Sample ParseSample(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        string name;
        int rest;
        if (brace >= 0 && brace < space)
        {
            name = line[..brace];
            rest = ReadLabels(line, brace + 1, labels);
        }
        else
        {
            name = line[..space];
            rest = space;
        }

        Assert.True(line[rest] == ' ', $"No value in: {line}");
        var value = line[(rest + 1)..] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(name, labels, value);
    }

    private static int ReadLabels(string line, int at, Dictionary<string, string> labels)
    {
        while (line[at] != '}')
        {
            var equals = line.IndexOf('=', at);
            var key = line[at..equals];
            Assert.Equal('"', line[equals + 1]);
            var value = new StringBuilder();
            at = equals + 2;
            while (line[at] != '"')
            {
                if (line[at] == '\\')
                {
                    at++;
                    value.Append(line[at] == 'n' ? '\n' : line[at]);
                }
                else
                {
                    value.Append(line[at]);
                }

                at++;
            }

            labels.Add(key, value.ToString());
            at++;
            if (line[at] == ',')
            {
                at++;
            }
        }

        return at + 1;
    }
}

internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
