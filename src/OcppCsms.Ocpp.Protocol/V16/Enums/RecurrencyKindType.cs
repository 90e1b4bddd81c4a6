namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.37 RecurrencyKindType: how a Recurring ChargingProfile repeats (the text's heading misspells it ReccurrencyKindType).</summary>
public enum RecurrencyKindType
{
    Daily,
    Weekly,
}
