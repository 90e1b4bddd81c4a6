using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>
/// Why a payload does not match its message's schema: the RPC framework error code it earns (OCPP 2.0.1 part 4 §4.3,
/// OCPP-J 1.6 §4.2.3), the field as a path (<c>meterValue[0].sampledValue[1].unit</c>; empty for the payload itself)
/// and what is wrong with it. The value itself is never repeated.
/// </summary>
public sealed record PayloadViolation(OcppErrorCode Code, string Path, string Problem)
{
    public string Describe(string action) =>
        Path.Length == 0 ? $"The {action} payload {Problem}." : $"{action} field '{Path}' {Problem}.";

    internal PayloadViolation Under(string property) =>
        this with { Path = Path.Length == 0 ? property : Path[0] == '[' ? property + Path : $"{property}.{Path}" };

    internal PayloadViolation At(int index) =>
        this with { Path = Path.Length == 0 || Path[0] == '[' ? $"[{index}]{Path}" : $"[{index}].{Path}" };
}
