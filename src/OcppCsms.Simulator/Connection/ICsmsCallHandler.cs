namespace OcppCsms.Simulator.Connection;

/// <summary>Answers the CALLs the CSMS sends to a station.</summary>
internal interface ICsmsCallHandler
{
    /// <summary>
    /// The answer to one CALL, computed before the next frame is read: the payload slices the receive buffer. Anything the
    /// station must send because of the CALL (the message a TriggerMessage asks for, the transaction a remote start begins)
    /// goes in <see cref="CallAnswer.Then"/>, which runs after the answer is on the wire, as the specification orders it.
    /// </summary>
    ValueTask<CallAnswer> HandleAsync(string messageId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}

/// <summary>The frame answering a CSMS CALL (CALLRESULT or CALLERROR), and what to do once it has been sent.</summary>
internal readonly record struct CallAnswer(byte[] Frame, Func<CancellationToken, Task>? Then = null);
