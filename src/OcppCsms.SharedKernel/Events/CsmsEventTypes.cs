using System.Collections.Frozen;

namespace OcppCsms.SharedKernel.Events;

/// <summary>The event types modules publish. Stream filters and webhooks accept only these, so a misspelt filter fails loudly.</summary>
public static class CsmsEventTypes
{
    public const string StationConnected = nameof(StationConnected);
    public const string StationDisconnected = nameof(StationDisconnected);
    public const string BootNotificationReceived = nameof(BootNotificationReceived);
    public const string StatusChanged = nameof(StatusChanged);
    public const string AuthorizationRequested = nameof(AuthorizationRequested);
    public const string TransactionStarted = nameof(TransactionStarted);
    public const string MeterValuesReceived = nameof(MeterValuesReceived);
    public const string TransactionStopped = nameof(TransactionStopped);
    public const string TransactionBilled = nameof(TransactionBilled);
    public const string CommandSent = nameof(CommandSent);
    public const string CommandCompleted = nameof(CommandCompleted);
    public const string SecurityEventReceived = nameof(SecurityEventReceived);
    public const string HeartbeatMissed = nameof(HeartbeatMissed);

    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal,
        StationConnected, StationDisconnected, BootNotificationReceived, StatusChanged, AuthorizationRequested, TransactionStarted,
        MeterValuesReceived, TransactionStopped, TransactionBilled, CommandSent, CommandCompleted, SecurityEventReceived, HeartbeatMissed);
}
