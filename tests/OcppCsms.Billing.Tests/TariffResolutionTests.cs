using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;
using static OcppCsms.Billing.Tests.Tariffs;

namespace OcppCsms.Billing.Tests;

/// <summary>
/// Which tariff version prices a session: id tag &gt; parent id tag &gt; station &gt; default, validity windows skipping
/// a tariff, and the version valid at the session's start.
/// </summary>
public sealed class TariffResolutionTests
{
    private static readonly Tariff[] FourTariffs =
    [
        new() { Id = 1, Name = "Default", IsDefault = true },
        new() { Id = 2, Name = "Station" },
        new() { Id = 3, Name = "Group" },
        new() { Id = 4, Name = "Tag" },
    ];

    private static readonly TariffAssignment[] Assignments =
    [
        new() { Id = 1, TariffId = 2, StationId = "CS-1" },
        new() { Id = 2, TariffId = 3, IdTag = "fleet", NormalizedIdTag = "FLEET" },
        new() { Id = 3, TariffId = 4, IdTag = "Tag-1", NormalizedIdTag = "TAG-1" },
    ];

    [Theory]
    [InlineData("CS-1", "tag-1", "FLEET", "Tag")]       // the tag's own tariff first, case-insensitively
    [InlineData("CS-1", "TAG-2", "fleet", "Group")]     // then the tariff of its group (parent id tag)
    [InlineData("CS-1", "TAG-2", null, "Station")]      // then the station's
    [InlineData("CS-2", null, null, "Default")]         // then the default
    [InlineData("CS-2", "TAG-2", "OTHER", "Default")]
    public void The_most_specific_assignment_wins(string stationId, string? idTag, string? parentIdTag, string expected)
    {
        var snapshot = new TariffSnapshot(FourTariffs, FourTariffs.Select(t => Named(t.Id, t.Name, 1, Utc(1, 1, 0))), Assignments);

        var resolved = snapshot.Resolve(At(Utc(6, 1, 12), stationId, idTag, parentIdTag));

        Assert.Equal(expected, resolved?.Name);
    }

    [Fact]
    public void A_tariff_outside_its_validity_window_is_skipped()
    {
        var versions = FourTariffs.Select(t => t.Id switch
        {
            4 => Named(4, "Tag", 1, Utc(1, 1, 0), validTo: Utc(6, 1, 0)),
            3 => Named(3, "Group", 1, Utc(1, 1, 0), validFrom: Utc(7, 1, 0)),
            _ => Named(t.Id, t.Name, 1, Utc(1, 1, 0)),
        });
        var snapshot = new TariffSnapshot(FourTariffs, versions, Assignments);

        Assert.Equal("Tag", snapshot.Resolve(At(Utc(5, 31, 23), "CS-1", "TAG-1", "FLEET"))?.Name);
        // From June the tag's tariff has ended (validTo is exclusive), and the group's starts only in July.
        Assert.Equal("Station", snapshot.Resolve(At(Utc(6, 1, 0), "CS-1", "TAG-1", "FLEET"))?.Name);
        Assert.Equal("Group", snapshot.Resolve(At(Utc(7, 1, 0), "CS-1", "TAG-1", "FLEET"))?.Name);
    }

    [Fact]
    public void A_session_is_priced_with_the_version_valid_at_its_start()
    {
        Tariff[] tariffs = [new() { Id = 1, Name = "Standard v3", IsDefault = true }];
        TariffVersion[] versions = [Named(1, "v1", 1, Utc(2, 1, 0)), Named(1, "v3", 3, Utc(4, 1, 0)), Named(1, "v2", 2, Utc(3, 1, 0))];
        var snapshot = new TariffSnapshot(tariffs, versions, []);

        Assert.Equal("v1", snapshot.Resolve(At(Utc(1, 15, 0), "CS-1"))?.Name); // before the tariff existed: its first version
        Assert.Equal("v1", snapshot.Resolve(At(Utc(2, 28, 23), "CS-1"))?.Name);
        Assert.Equal("v2", snapshot.Resolve(At(Utc(3, 1, 0), "CS-1"))?.Name);
        Assert.Equal("v3", snapshot.Resolve(At(Utc(12, 1, 0), "CS-1"))?.Name);
    }

    [Fact]
    public void The_newest_assignment_of_a_tag_is_tried_first()
    {
        Tariff[] tariffs = [new() { Id = 1, Name = "Old" }, new() { Id = 2, Name = "New" }];
        TariffAssignment[] assignments =
        [
            new() { Id = 1, TariffId = 1, IdTag = "T", NormalizedIdTag = "T", CreatedAt = Utc(1, 1, 0) },
            new() { Id = 2, TariffId = 2, IdTag = "T", NormalizedIdTag = "T", CreatedAt = Utc(2, 1, 0) },
        ];
        var snapshot = new TariffSnapshot(tariffs, [Named(1, "Old", 1, Utc(1, 1, 0)), Named(2, "New", 1, Utc(1, 1, 0))], assignments);

        Assert.Equal("New", snapshot.Resolve(At(Utc(3, 1, 0), "CS-1", "t"))?.Name);
    }

    [Fact]
    public void Without_a_default_a_session_no_assignment_covers_has_no_tariff()
    {
        Tariff[] tariffs = [new() { Id = 2, Name = "Station" }];
        var snapshot = new TariffSnapshot(tariffs, [Named(2, "Station", 1, Utc(1, 1, 0))], [Assignments[0]]);

        Assert.Null(snapshot.Resolve(At(Utc(3, 1, 0), "CS-2", "TAG-1")));
        Assert.Equal("Station", snapshot.Resolve(At(Utc(3, 1, 0), "CS-1", "TAG-1"))?.Name);
    }

    [Fact]
    public void A_default_outside_its_window_leaves_the_session_without_a_tariff()
    {
        Tariff[] tariffs = [new() { Id = 1, Name = "Default", IsDefault = true }];
        var snapshot = new TariffSnapshot(tariffs, [Named(1, "Default", 1, Utc(1, 1, 0), validFrom: Utc(6, 1, 0))], []);

        Assert.Null(snapshot.Resolve(At(Utc(3, 1, 0), "CS-1")));
    }

    private static BillableSession At(DateTime startedAt, string stationId, string? idTag = null, string? parentIdTag = null) =>
        new(stationId, idTag, parentIdTag, startedAt, startedAt.AddHours(1), 0m, 0m, []);

    private static TariffVersion Named(long tariffId, string name, int version, DateTime createdAt, DateTime? validFrom = null, DateTime? validTo = null) =>
        new() { TariffId = tariffId, Version = version, Name = name, Currency = "EUR", TimeZone = "UTC", CreatedAt = createdAt, ValidFrom = validFrom, ValidTo = validTo };
}
