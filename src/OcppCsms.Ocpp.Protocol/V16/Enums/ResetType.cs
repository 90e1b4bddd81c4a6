namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.42 ResetType: the kind of reset Reset.req asks for.</summary>
public enum ResetType
{
    Hard,
    Soft,
}
