namespace OcppCsms.Ocpp.Server.Calls;

/// <summary>How a CALL from the CSMS to a station ended. Exactly one of these, never an exception for a station's doing.</summary>
internal abstract record CallOutcome
{
    /// <summary>The station answered with a CALLRESULT; <paramref name="Payload"/> is its JSON object.</summary>
    public sealed record Answered(byte[] Payload) : CallOutcome;

    /// <summary>The station answered with a CALLERROR.</summary>
    public sealed record Failed(string ErrorCode, string ErrorDescription, byte[] ErrorDetails) : CallOutcome;

    /// <summary>No answer within <c>Ocpp:CallTimeoutSeconds</c> (OCPP-J 1.6 §4.1.1: the CALL is then over).</summary>
    public sealed record TimedOut : CallOutcome;

    /// <summary>The station is not connected, or its connection ended before it answered.</summary>
    public sealed record Offline : CallOutcome;
}
