namespace OcppCsms.Transactions.Model;

/// <summary>
/// The stop reasons of transactions the CSMS closed itself, not the station. Neither is an OCPP reason (1.6 §7.36
/// Reason, 2.0.1 ReasonEnumType), so a transaction's stop reason alone tells who closed it, and a station's late stop
/// or Ended event for it is recognised and changes nothing.
/// </summary>
internal static class LocalStopReasons
{
    /// <summary>A newer transaction started on the same connector while this one was still active.</summary>
    public const string Superseded = nameof(Superseded);

    /// <summary>An operator completed it over the API.</summary>
    public const string ForceStopped = nameof(ForceStopped);

    public static bool IsLocal(string? stopReason) => stopReason is Superseded or ForceStopped;
}
