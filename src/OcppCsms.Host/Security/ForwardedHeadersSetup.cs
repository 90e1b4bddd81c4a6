using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy; its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// say who the client is and how it connected. They are believed only from the proxies named in <c>Proxy:*</c>: from
/// anyone else they are the client's own claim, and believing it would let a client choose its rate-limit budget and
/// its address in the audit log.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddCsmsForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection(ProxyOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, configured) =>
        {
            var proxy = configured.Value;
            // The framework trusts loopback by default, and with both lists empty its middleware trusts every sender.
            // Start from nothing, and forward nothing at all unless a proxy is named (this also disarms the framework's
            // own ASPNETCORE_FORWARDEDHEADERS_ENABLED switch, which would otherwise trust everyone).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardedHeaders = proxy.TrustsAnyProxy ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            foreach (var address in proxy.KnownProxies)
            {
                ProxyAddresses.TryParseAddress(address, out var parsed);
                forwarded.KnownProxies.Add(parsed);
            }

            foreach (var network in proxy.KnownNetworks)
            {
                ProxyAddresses.TryParseNetwork(network, out var parsed);
                forwarded.KnownIPNetworks.Add(parsed);
            }

            // Walk back through every trusted hop (load balancer -> ingress -> host) and stop at the first address that is
            // not a trusted proxy: that one is the client, whatever it wrote further left in the header.
            forwarded.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so the request log, the rate limiter and the audit log all see the real client.</summary>
    public static WebApplication UseCsmsForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
