namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>OCPP 2.0.1 customer information (part 2 N09, N10); OCPP 1.6 has no such message.</summary>
public partial interface IStationCommands
{
    /// <summary>
    /// N09/N10 CustomerInformation with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>), which the
    /// station's NotifyCustomerInformationRequests repeat.
    /// </summary>
    Task<CommandResult> CustomerInformationAsync(string stationId, CustomerInformationQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// Which customer, and whether to report and/or erase what the station holds about them. N09.FR.04/09: exactly one of
/// <paramref name="CustomerIdentifier"/>, <paramref name="IdToken"/> and <paramref name="CustomerCertificate"/>.
/// </summary>
/// <param name="Report">Send the customer's data in NotifyCustomerInformationRequests (N09.FR.01).</param>
/// <param name="Clear">Erase the customer's data (N10).</param>
/// <param name="CustomerIdentifier">A vendor-specific customer id (up to 64 characters).</param>
/// <param name="IdToken">The customer's token and its kind.</param>
/// <param name="CustomerCertificate">The customer's certificate, hashed with the algorithm it was installed with (N09.FR.08).</param>
public sealed record CustomerInformationQuery(
    bool Report, bool Clear, string? CustomerIdentifier = null, CustomerIdToken? IdToken = null, CertificateHashData? CustomerCertificate = null);

/// <summary>A 2.0.1 IdTokenType without additional info.</summary>
public sealed record CustomerIdToken(string IdToken, IdTokenKind Type);
