using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Stations.Ocpp.V201;

namespace OcppCsms.Stations.Reports;

/// <summary>The 2.0.1 reports and notifications kept as received (<see cref="StationReport"/>), and <c>GET …/reports</c>.</summary>
internal static class StationReportsModule
{
    public static IServiceCollection AddStationReports(this IServiceCollection services) => services
        .AddSingleton<StationReportLog>()
        .AddSingleton<IValidator<StationReportFilter>, StationReportFilterValidator>()
        .AddStationReportHandlers();
}
