using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>B07: the NotifyReportRequests of this report repeat the requestId (B07.FR.04).</summary>
    public Task<CommandResult> GetBaseReportAsync(string stationId, ReportBase reportBase, CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetBaseReport",
            new GetBaseReportRequest { RequestId = requestId, ReportBase = Enum.Parse<ReportBaseEnumType>(reportBase.ToString()) },
            Json.GetBaseReportRequest, Json.GetBaseReportResponse, cancellationToken, requestId);
    }

    /// <summary>B08: the NotifyReportRequests of this report repeat the requestId (B08.FR.04).</summary>
    public Task<CommandResult> GetReportAsync(
        string stationId, IReadOnlyList<ComponentVariableSelector>? componentVariables, IReadOnlyList<ComponentCriterion>? componentCriteria,
        CancellationToken cancellationToken)
    {
        var requestId = requestIds.Next();
        return caller.CallAsync(stationId, Version, "GetReport",
            new GetReportRequest
            {
                RequestId = requestId,
                ComponentVariable = componentVariables?.Select(s => new ComponentVariableType { Component = Component(s.Component), Variable = Variable(s.Variable) }).ToList(),
                ComponentCriteria = componentCriteria?.Select(c => Enum.Parse<ComponentCriterionEnumType>(c.ToString())).ToList(),
            },
            Json.GetReportRequest, Json.GetReportResponse, cancellationToken, requestId);
    }

    /// <summary>B06: the station answers each item with its own attributeStatus (B06.FR.01).</summary>
    public Task<CommandResult> GetVariablesAsync(string stationId, IReadOnlyList<VariableToGet> variables, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetVariables",
            new GetVariablesRequest
            {
                GetVariableData = variables.Select(v => new GetVariableDataType
                {
                    Component = Component(v.Component), Variable = Variable(v.Variable)!, AttributeType = Attribute(v.AttributeType),
                }).ToList(),
            },
            Json.GetVariablesRequest, Json.GetVariablesResponse, cancellationToken);

    /// <summary>B05: the station answers each item with its own attributeStatus (B05.FR.01).</summary>
    public Task<CommandResult> SetVariablesAsync(string stationId, IReadOnlyList<VariableToSet> variables, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetVariables",
            new SetVariablesRequest
            {
                SetVariableData = variables.Select(v => new SetVariableDataType
                {
                    Component = Component(v.Component), Variable = Variable(v.Variable)!, AttributeType = Attribute(v.AttributeType), AttributeValue = v.AttributeValue,
                }).ToList(),
            },
            Json.SetVariablesRequest, Json.SetVariablesResponse, cancellationToken);

    /// <summary>B09: the station validates and stores the profile (B09.FR.01–03), refusing a lower security profile than its own (B09.FR.04).</summary>
    public Task<CommandResult> SetNetworkProfileAsync(string stationId, int configurationSlot, NetworkProfile profile, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "SetNetworkProfile",
            new SetNetworkProfileRequest
            {
                ConfigurationSlot = configurationSlot,
                ConnectionData = new NetworkConnectionProfileType
                {
                    OcppVersion = Enum.Parse<OCPPVersionEnumType>(profile.OcppVersion.ToString()),
                    OcppTransport = Enum.Parse<OCPPTransportEnumType>(profile.OcppTransport.ToString()),
                    OcppCsmsUrl = profile.OcppCsmsUrl,
                    MessageTimeout = profile.MessageTimeout,
                    SecurityProfile = profile.SecurityProfile,
                    OcppInterface = Enum.Parse<OCPPInterfaceEnumType>(profile.OcppInterface.ToString()),
                    Vpn = profile.Vpn is { } vpn
                        ? new VPNType { Server = vpn.Server, User = vpn.User, Group = vpn.Group, Password = vpn.Password, Key = vpn.Key, Type = Enum.Parse<VPNEnumType>(vpn.Type.ToString()) }
                        : null,
                    Apn = profile.Apn is { } apn
                        ? new APNType
                        {
                            Apn = apn.Apn,
                            ApnUserName = apn.ApnUserName,
                            ApnPassword = apn.ApnPassword,
                            SimPin = apn.SimPin,
                            PreferredNetwork = apn.PreferredNetwork,
                            UseOnlyPreferredNetwork = apn.UseOnlyPreferredNetwork,
                            ApnAuthentication = Enum.Parse<APNAuthenticationEnumType>(apn.ApnAuthentication.ToString()),
                        }
                        : null,
                },
            },
            Json.SetNetworkProfileRequest, Json.SetNetworkProfileResponse, cancellationToken);

    private static AttributeEnumType? Attribute(VariableAttributeKind? kind) => kind is { } k ? Enum.Parse<AttributeEnumType>(k.ToString()) : null;

    private static ComponentType Component(DeviceComponent component) => new()
    {
        Name = component.Name,
        Instance = component.Instance,
        Evse = component.Evse is { } evse ? new EVSEType { Id = evse.Id, ConnectorId = evse.ConnectorId } : null,
    };

    private static VariableType? Variable(DeviceVariableName? variable) => variable is null ? null : new VariableType { Name = variable.Name, Instance = variable.Instance };
}
