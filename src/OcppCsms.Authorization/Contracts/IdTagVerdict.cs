namespace OcppCsms.Authorization.Contracts;

/// <summary>What the CSMS says about an id tag (OCPP 1.6 §7.1 AuthorizationStatus, whose words these are).</summary>
public enum IdTagStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}

/// <summary>The verdict on a presented id tag: its status, until when the station may cache it, and its group (parent) tag.</summary>
public sealed record IdTagVerdict(IdTagStatus Status, DateTime? ExpiryDate = null, string? ParentIdTag = null);
