using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Security;

/// <summary>
/// Opens the configured files once at start, so that a missing file, a wrong password or a certificate without its key
/// stops the start with the key to fix instead of failing the first TLS handshake. Also refuses an <c>https://</c>
/// address with no certificate to serve it.
/// </summary>
internal sealed class TlsOptionsValidator(IConfiguration configuration) : IValidateOptions<TlsOptions>
{
    public ValidateOptionsResult Validate(string? name, TlsOptions options)
    {
        var failures = new List<string>();
        if (options.HasServerCertificate)
        {
            Try(failures, () => TlsCertificates.LoadServerCertificate(options).Dispose());
        }
        else if (!string.IsNullOrWhiteSpace(options.CertificateKeyPath))
        {
            failures.Add("Tls:CertificateKeyPath is set without Tls:CertificatePath.");
        }
        else if (HttpsAddressWithoutCertificate() is { } address)
        {
            failures.Add($"Tls:CertificatePath is required to listen on '{address}' (or give that Kestrel endpoint a certificate of its own).");
        }

        if (options.HasClientCa)
        {
            if (!options.HasServerCertificate)
            {
                failures.Add("Tls:ClientCaCertificatePath needs Tls:CertificatePath: client certificates are exchanged in TLS.");
            }

            Try(failures, () => TlsCertificates.LoadClientCa(options).ToList().ForEach(certificate => certificate.Dispose()));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Try(List<string> failures, Action load)
    {
        try
        {
            load();
        }
        catch (StartupException e)
        {
            failures.Add(e.Message);
        }
    }

    /// <summary>The addresses Kestrel will bind: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>) and <c>Kestrel:Endpoints</c> without a certificate of their own.</summary>
    private string? HttpsAddressWithoutCertificate()
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Where(endpoint => !endpoint.GetSection("Certificate").Exists())
            .Select(endpoint => endpoint["Url"] ?? "");
        return urls.Concat(endpoints).FirstOrDefault(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }
}
