namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.52 MessagePriorityEnumType: Priority with which a display message is shown.</summary>
public enum MessagePriorityEnumType
{
    AlwaysFront,
    InFront,
    NormalCycle,
}
