namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.68 RecurrencyKindEnumType: Period after which a recurring charging profile restarts.
/// </summary>
public enum RecurrencyKindEnumType
{
    Daily,
    Weekly,
}
