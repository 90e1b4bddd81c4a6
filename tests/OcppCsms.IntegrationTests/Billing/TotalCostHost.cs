namespace OcppCsms.IntegrationTests.Billing;

/// <summary>The billing host that also pushes running costs every second, for the 2.0.1 cost tests; each uses stations and transactions of its own.</summary>
public sealed class TotalCostHost() : BillingHostFixture(("Billing__CostUpdatedIntervalSeconds", "1"));
