using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Registry;
using static OcppCsms.Ocpp.Server.Contracts.StationAuthenticationOutcome;

namespace OcppCsms.Stations.Authentication;

/// <summary>
/// The upgrade check against the station registry. A station connects with its own security profile or is refused,
/// whatever it offers (OCPP 2.0.1 part 2 A00.FR.002: a connection with another profile is terminated); an identity the
/// registry does not know is handled by <c>Ocpp:UnknownStations</c>.
/// </summary>
internal sealed partial class StationAuthenticator(
    StationRegistry registry, StationSnapshots stations, IOptions<StationsOptions> options, ILogger<StationAuthenticator> logger)
    : IStationAuthenticator
{
    private const string CommonNameOid = "2.5.4.3";

    public async ValueTask<StationAuthentication> AuthenticateAsync(StationConnectionRequest request, CancellationToken cancellationToken)
    {
        string? problem = null;
        var credentials = string.IsNullOrWhiteSpace(request.Authorization) ? null : BasicCredentials.Parse(request.Authorization, out problem);

        // Only an acceptance is decided on memory: a refusal is decided again on the current row, so a password or
        // profile changed on another node works at once even while this node's entry is older.
        if (stations.Find(request.StationId) is { } remembered && Decide(request, remembered, credentials, problem) is { IsAccepted: true } quick)
        {
            return quick;
        }

        var station = await stations.ReadAsync(request.StationId, cancellationToken) ?? await AdmitAsync(request.StationId, cancellationToken);
        return station is null
            ? StationAuthentication.Refuse(UnknownStation, "unknown identity, and Ocpp:UnknownStations is Reject")
            : Decide(request, station, credentials, problem);
    }

    private static StationAuthentication Decide(
        StationConnectionRequest request, StationSnapshot station, BasicCredentials? credentials, string? problem)
    {
        switch (station.SecurityProfile)
        {
            case SecurityProfiles.None:
                // Labs only (docs/ocpp.md): no authentication. Credentials sent anyway are not looked at.
                return StationAuthentication.Accept(SecurityProfiles.None);
            case SecurityProfiles.TlsClientCertificate:
                return CheckCertificate(request, station.ExpectedCommonName);
        }

        if (station.SecurityProfile == SecurityProfiles.TlsBasicAuth && !request.IsTls)
        {
            // A00.FR.002: a profile 2 station over plain ws is connecting with a lower profile than its own.
            return StationAuthentication.Refuse(SecuredConnectionRequired, "security profile 2 requires TLS (wss)");
        }

        if (credentials is null)
        {
            // A00.FR.203/302: a Basic profile station sends its user name and password with every connection request.
            return problem is null
                ? StationAuthentication.Refuse(CredentialsMissing, "no Authorization header")
                : StationAuthentication.Refuse(CredentialsInvalid, problem);
        }

        if (!string.Equals(credentials.UserName, request.StationId, StringComparison.Ordinal))
        {
            // A00.FR.204/303: the user name is the identity of the connection URL, so one station cannot use another's password.
            return StationAuthentication.Refuse(CredentialsInvalid, "the Basic user name is not the station identity");
        }

        // A00.FR.207/324: the CSMS validates the identity and the password of the Authorization header.
        return station.PasswordMatches(credentials.Password)
            ? StationAuthentication.Accept(request.IsTls ? SecurityProfiles.TlsBasicAuth : SecurityProfiles.BasicAuth)
            : StationAuthentication.Refuse(CredentialsInvalid, "wrong password");
    }

    /// <summary>
    /// Profile 3. The TLS handshake has already validated the chain against the configured CA (A00.FR.403, A00.FR.407);
    /// what is left is whether the certificate is this station's: its CN (A00.FR.405).
    /// </summary>
    private static StationAuthentication CheckCertificate(StationConnectionRequest request, string expectedCommonName)
    {
        if (!request.IsTls || request.ClientCertificate is not { } certificate)
        {
            return StationAuthentication.Refuse(SecuredConnectionRequired, request.IsTls
                ? "security profile 3 requires a client certificate (a proxy in front of the CSMS cannot pass one on)"
                : "security profile 3 requires TLS (wss) with a client certificate");
        }

        var names = CommonNames(certificate);
        if (names.Count != 1)
        {
            return StationAuthentication.Refuse(CredentialsInvalid, $"the client certificate has {names.Count} CNs instead of one");
        }

        return string.Equals(names[0], expectedCommonName, StringComparison.Ordinal)
            ? StationAuthentication.Accept(SecurityProfiles.TlsClientCertificate)
            : StationAuthentication.Refuse(CredentialsInvalid, $"the client certificate's CN '{Clip(names[0])}' is not the station's ('{expectedCommonName}')");
    }

    /// <summary>Read from the subject's RDNs: <see cref="X509NameType.SimpleName"/> would fall back to other names when there is no CN.</summary>
    private static List<string> CommonNames(X509Certificate2 certificate) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => !rdn.HasMultipleElements && rdn.GetSingleElementType().Value == CommonNameOid)
            .Select(rdn => rdn.GetSingleElementValue() ?? "")
            .ToList();

    private static string Clip(string value) => value.Length > 64 ? value[..64] : value;

    private async Task<StationSnapshot?> AdmitAsync(string stationId, CancellationToken cancellationToken)
    {
        var status = options.Value.UnknownStationPolicy switch
        {
            UnknownStationPolicy.Accept => RegistrationStatus.Accepted,
            UnknownStationPolicy.Pending => RegistrationStatus.Pending,
            _ => (RegistrationStatus?)null,
        };
        if (status is null)
        {
            return null;
        }

        var generation = stations.Generation;
        var station = StationSnapshot.Of(await registry.AdmitAsync(stationId, status.Value, cancellationToken));
        stations.Store(stationId, station, generation);
        LogAdmitted(logger, stationId, station.RegistrationStatus.ToString());
        return station;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown station {StationId} registered as {Status} with security profile 0 (Ocpp:UnknownStations)")]
    private static partial void LogAdmitted(ILogger logger, string stationId, string status);
}
