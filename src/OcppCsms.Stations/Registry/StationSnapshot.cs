using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Authentication;

namespace OcppCsms.Stations.Registry;

/// <summary>
/// What the upgrade check, the registration gate and the BootNotification answer need of a registered station, read
/// once into memory: its registration status, its security profile, the CN its client certificate must carry and, for
/// the Basic profiles, the stored salted hash of its password (decoded, so a check costs one HMAC and no hex parsing).
/// </summary>
internal sealed record StationSnapshot(
    RegistrationStatus RegistrationStatus, int SecurityProfile, string ExpectedCommonName, byte[]? PasswordHash, byte[]? PasswordSalt)
{
    public static StationSnapshot Of(Station station) => new(
        station.RegistrationStatus,
        station.SecurityProfile,
        station.ExpectedCommonName,
        station.PasswordHash is { } hash ? Convert.FromHexString(hash) : null,
        station.PasswordSalt is { } salt ? Convert.FromHexString(salt) : null);

    public bool PasswordMatches(string password) =>
        PasswordHash is { } hash && PasswordSalt is { } salt && StationPassword.Matches(password, hash, salt);

    /// <summary>For the registration gate: anything not yet Accepted or Rejected is Pending.</summary>
    public StationRegistration Registration => RegistrationStatus switch
    {
        RegistrationStatus.Accepted => StationRegistration.Accepted,
        RegistrationStatus.Rejected => StationRegistration.Rejected,
        _ => StationRegistration.Pending,
    };
}
