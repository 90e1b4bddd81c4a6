using System.Security.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

/// <summary>
/// TLS for every <c>https://</c> address Kestrel binds (and so for <c>wss://</c>): the <c>Tls</c> section's certificate,
/// TLS 1.2 and 1.3 only (OCPP 2.0.1 part 2 A00.FR.313/416: nothing older), and, with a client CA, client certificates
/// for security profile 3. Behind a TLS-terminating proxy none of this applies: the proxy's <c>X-Forwarded-Proto</c>
/// (from a <c>Proxy:*</c> address) tells the upgrade check the station used wss, and no client certificate reaches it.
/// </summary>
internal static class TlsSetup
{
    public static WebApplicationBuilder AddCsmsTls(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TlsOptions>().Bind(builder.Configuration.GetSection(TlsOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TlsOptions>, TlsOptionsValidator>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<TlsOptions>, TimeProvider, ILoggerFactory>((kestrel, configured, clock, loggers) =>
        {
            var tls = configured.Value;
            if (!tls.HasServerCertificate)
            {
                return;
            }

            var certificate = TlsCertificates.LoadServerCertificate(tls);
            var validation = tls.HasClientCa
                ? new ClientCertificateValidation(TlsCertificates.LoadClientCa(tls), clock, loggers.CreateLogger<ClientCertificateValidation>())
                : null;
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = certificate;
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                if (validation is not null)
                {
                    // Asked for in every handshake, required by none: profile 1 and 2 stations and operators send none.
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = validation.Validate;
                }
            });
        });
        return builder;
    }
}
