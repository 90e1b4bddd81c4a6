using OcppCsms.Billing.Api;

namespace OcppCsms.Billing.Tests;

public sealed class TariffRulesTests
{
    [Theory]
    [InlineData("UTC", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("utc", false)]                     // stored as given, so only the canonical spelling
    [InlineData("W. Europe Standard Time", false)] // Windows ids are refused: the stored id must read the same on every node
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    public void Only_canonical_iana_time_zones_known_here_are_accepted(string id, bool accepted) =>
        Assert.Equal(accepted, TariffRules.IsIanaTimeZone(id));
}
