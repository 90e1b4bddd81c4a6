namespace OcppCsms.Ocpp.Protocol;

/// <summary>The OCPP-J versions this CSMS speaks, named by their WebSocket subprotocol (OCPP-J 1.6 §3.1.2, OCPP 2.0.1 part 4 §3.1.2).</summary>
public enum OcppVersion
{
    V16,
    V201,
}

public static class OcppSubProtocol
{
    public const string V16 = "ocpp1.6";
    public const string V201 = "ocpp2.0.1";

    public static string Of(OcppVersion version) => version == OcppVersion.V16 ? V16 : V201;

    public static bool TryParse(string subProtocol, out OcppVersion version)
    {
        switch (subProtocol)
        {
            case V16:
                version = OcppVersion.V16;
                return true;
            case V201:
                version = OcppVersion.V201;
                return true;
            default:
                version = default;
                return false;
        }
    }
}
