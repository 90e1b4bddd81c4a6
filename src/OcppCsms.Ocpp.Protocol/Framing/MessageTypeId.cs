namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>The first element of every OCPP-J frame (OCPP-J 1.6 §4.1.3, OCPP 2.0.1 part 4 §4.1.3).</summary>
public enum MessageTypeId
{
    Call = 2,
    CallResult = 3,
    CallError = 4,
}
