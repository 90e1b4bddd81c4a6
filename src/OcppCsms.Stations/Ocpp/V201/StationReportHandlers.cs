using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Reports;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>The 2.0.1 reports and notifications kept in the station reports, each with its answer.</summary>
internal static class StationReportHandlers
{
    private static readonly V201JsonContext Json = V201JsonContext.Default;

    public static IServiceCollection AddStationReportHandlers(this IServiceCollection services) => services
        // N02.FR.03/04: the parts of a monitoring report repeat the GetMonitoringReport requestId, numbered by seqNo.
        .Add("NotifyMonitoringReport", Json.NotifyMonitoringReportRequest, Json.NotifyMonitoringReportResponse,
            r => new ReportPart(r.RequestId, r.SeqNo, r.Tbc ?? false), new NotifyMonitoringReportResponse())
        // O03/O04: the display messages asked for by GetDisplayMessages (no seqNo in this message).
        .Add("NotifyDisplayMessages", Json.NotifyDisplayMessagesRequest, Json.NotifyDisplayMessagesResponse,
            r => new ReportPart(r.RequestId, Tbc: r.Tbc ?? false), new NotifyDisplayMessagesResponse())
        // N09.FR.05/06: the customer's data, or one message saying there is none.
        .Add("NotifyCustomerInformation", Json.NotifyCustomerInformationRequest, Json.NotifyCustomerInformationResponse,
            r => new ReportPart(r.RequestId, r.SeqNo, r.Tbc ?? false), new NotifyCustomerInformationResponse())
        // K09: the installed profiles asked for by GetChargingProfiles, one message per EVSE and source.
        .Add("ReportChargingProfiles", Json.ReportChargingProfilesRequest, Json.ReportChargingProfilesResponse,
            r => new ReportPart(r.RequestId, Tbc: r.Tbc ?? false), new ReportChargingProfilesResponse())
        // K12: an external system (EMS, ...) set a limit; the CSMS is told, it does not decide.
        .Add("NotifyChargingLimit", Json.NotifyChargingLimitRequest, Json.NotifyChargingLimitResponse,
            _ => new ReportPart(), new NotifyChargingLimitResponse())
        // K13: that limit was released.
        .Add("ClearedChargingLimit", Json.ClearedChargingLimitRequest, Json.ClearedChargingLimitResponse,
            _ => new ReportPart(), new ClearedChargingLimitResponse())
        // K17.FR.03-05: Accepted or Processing would promise a TxProfile computed from these needs (K17.FR.07, within 60 s
        // per K17.FR.08); no smart-charging engine here computes one, so the honest answer is Rejected (K17.FR.04) and
        // the station charges within its own composite schedule.
        .Add("NotifyEVChargingNeeds", Json.NotifyEVChargingNeedsRequest, Json.NotifyEVChargingNeedsResponse,
            _ => new ReportPart(), new NotifyEVChargingNeedsResponse
            {
                Status = NotifyEVChargingNeedsStatusEnumType.Rejected,
                StatusInfo = new StatusInfoType { ReasonCode = "UnsupportedRequest", AdditionalInfo = "This CSMS computes no charging schedules from EV charging needs." },
            })
        // K15.FR.11/K17.FR.11: the schedule the EV chose, kept; Accepted, as the CSMS sent no schedule it could fall outside of.
        .Add("NotifyEVChargingSchedule", Json.NotifyEVChargingScheduleRequest, Json.NotifyEVChargingScheduleResponse,
            _ => new ReportPart(), new NotifyEVChargingScheduleResponse { Status = GenericStatusEnumType.Accepted });

    private static IServiceCollection Add<TRequest, TResponse>(
        this IServiceCollection services, string action, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response, Func<TRequest, ReportPart> part, TResponse answer)
        where TRequest : class =>
        services.AddSingleton<IOcppCallHandler>(provider =>
            new StationReportHandler<TRequest, TResponse>(action, request, response, part, answer, provider.GetRequiredService<StationReportLog>()));
}
