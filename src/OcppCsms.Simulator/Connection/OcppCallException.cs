namespace OcppCsms.Simulator.Connection;

/// <summary>A CALL that got no usable answer: a CALLERROR, an answer that breaks the schema, a timeout or a lost connection.</summary>
/// <param name="kind">What failed, as counted in the summary: <c>CALLERROR &lt;code&gt;</c>, <c>invalid answer</c>, <c>timeout</c>, <c>connection lost</c>.</param>
internal sealed class OcppCallException(string kind, string message) : Exception(message)
{
    public string Kind { get; } = kind;

    /// <summary>The CSMS answered with a CALLERROR: it received the message and failed to process it (OCPP 1.6 §3.7.1).</summary>
    public bool IsCallError => Kind.StartsWith("CALLERROR", StringComparison.Ordinal);

    public bool ConnectionLost => Kind == "connection lost";
}
