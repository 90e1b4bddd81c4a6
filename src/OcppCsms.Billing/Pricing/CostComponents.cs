namespace OcppCsms.Billing.Pricing;

/// <summary>The components a <see cref="CostLine"/> names, and their units.</summary>
internal static class CostComponents
{
    public const string Energy = "Energy";
    public const string ChargingTime = "ChargingTime";
    public const string IdleTime = "IdleTime";
    public const string SessionFee = "SessionFee";
    public const string MinimumPriceAdjustment = "MinimumPriceAdjustment";
    public const string MaximumPriceAdjustment = "MaximumPriceAdjustment";

    public const string KilowattHours = "kWh";
    public const string Minutes = "min";
    public const string Session = "session";
}
