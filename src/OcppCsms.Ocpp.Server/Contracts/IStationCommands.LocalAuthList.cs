namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The Local Auth List Management profile (OCPP 1.6 §3.5.2; OCPP 2.0.1 functional block D).</summary>
public partial interface IStationCommands
{
    /// <summary>OCPP 1.6 SendLocalList (§5.15); OCPP 2.0.1 SendLocalList D01.</summary>
    Task<CommandResult> SendLocalListAsync(string stationId, LocalListUpdate update, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 GetLocalListVersion (§5.10); OCPP 2.0.1 GetLocalListVersion D02.</summary>
    Task<CommandResult> GetLocalListVersionAsync(string stationId, CancellationToken cancellationToken);
}

/// <summary>Full replaces the station's list, Differential adds, updates and removes entries (1.6 §7.48).</summary>
public enum LocalListUpdateType
{
    Full,
    Differential,
}

/// <summary>The statuses a local list entry may carry (OCPP 1.6 §3.5.2, §7.2).</summary>
public enum LocalListTagStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}

/// <param name="Version">The list's version once the station applied the update; never 0 or -1 (1.6 errata 3.52).</param>
/// <param name="Entries">The new list (Full) or the changes (Differential); each tag at most once (1.6 §6.41).</param>
public sealed record LocalListUpdate(int Version, LocalListUpdateType UpdateType, IReadOnlyList<LocalListEntry> Entries);

/// <param name="Info">Required in a Full update; absent in a Differential one, the tag is removed (1.6 §7.1).</param>
/// <param name="IdTokenType">2.0.1 only: the idToken's type.</param>
public sealed record LocalListEntry(string IdTag, LocalListEntryInfo? Info, IdTokenKind IdTokenType = IdTokenKind.ISO14443);

/// <param name="ParentIdTag">The tag's group (2.0.1 groupIdToken).</param>
public sealed record LocalListEntryInfo(LocalListTagStatus Status, DateTime? ExpiryDate = null, string? ParentIdTag = null);
