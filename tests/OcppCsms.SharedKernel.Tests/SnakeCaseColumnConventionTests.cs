using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.SharedKernel.Tests;

public sealed class SnakeCaseColumnConventionTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("UserName", "user_name")]
    [InlineData("NormalizedUserName", "normalized_user_name")]
    [InlineData("Iccid", "iccid")]
    [InlineData("ICCID", "iccid")]
    [InlineData("HTTPServerUrl", "http_server_url")]
    [InlineData("EvseId", "evse_id")]
    [InlineData("Connector2Status", "connector2_status")]
    [InlineData("MeterValue", "meter_value")]
    public void Property_names_become_snake_case(string property, string column) =>
        Assert.Equal(column, SnakeCaseColumnConvention.ToSnakeCase(property));
}
