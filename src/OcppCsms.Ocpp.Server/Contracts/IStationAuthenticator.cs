using System.Security.Cryptography.X509Certificates;

namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// Decides, before the WebSocket is accepted, whether a connection request may become a station session: the OCPP
/// security profiles (OCPP 2.0.1 part 2 A00, OCPP 1.6 security whitepaper §2). "The server first needs to validate the
/// Authorization header before upgrading the connection" (A00, profile 1 remarks). Implemented by the module that keeps
/// the station registry.
/// </summary>
public interface IStationAuthenticator
{
    ValueTask<StationAuthentication> AuthenticateAsync(StationConnectionRequest request, CancellationToken cancellationToken);
}

/// <param name="StationId">The identity from the connection URL.</param>
/// <param name="Authorization">The <c>Authorization</c> header exactly as sent, or null when there was none.</param>
/// <param name="IsTls">Whether the station reached the CSMS over TLS (wss): on this host, or at a trusted proxy (<c>Proxy:*</c>).</param>
/// <param name="ClientCertificate">
/// The certificate the station presented in a TLS handshake that ended at this host; the handshake has already
/// validated its chain against the configured CA. Null without TLS, without a certificate, or behind a proxy.
/// </param>
public sealed record StationConnectionRequest(string StationId, string? Authorization, bool IsTls, X509Certificate2? ClientCertificate);

public enum StationAuthenticationOutcome
{
    Accepted,

    /// <summary>No such station and the registry does not take unknown ones (HTTP 404, OCPP 2.0.1 part 4 §3.2).</summary>
    UnknownStation,

    /// <summary>The station's profile needs Basic credentials and none were sent.</summary>
    CredentialsMissing,

    /// <summary>Credentials were sent but are malformed, name another station, or are wrong.</summary>
    CredentialsInvalid,

    /// <summary>The connection is below the station's security profile (no TLS, or no client certificate).</summary>
    SecuredConnectionRequired,
}

/// <param name="SecurityProfile">When accepted: the profile this connection satisfies, 0 to 3.</param>
/// <param name="Reason">When refused: why, for the operator's log. Never a password or the header.</param>
public sealed record StationAuthentication(StationAuthenticationOutcome Outcome, int SecurityProfile, string Reason)
{
    public bool IsAccepted => Outcome == StationAuthenticationOutcome.Accepted;

    public static StationAuthentication Accept(int securityProfile) => new(StationAuthenticationOutcome.Accepted, securityProfile, "");

    public static StationAuthentication Refuse(StationAuthenticationOutcome outcome, string reason) => new(outcome, -1, reason);
}
