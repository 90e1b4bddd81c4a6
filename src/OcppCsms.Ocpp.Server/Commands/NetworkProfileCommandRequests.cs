using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/set-network-profile</c> (2.0.1 B09); every field nullable so that an absent one is a 400 naming it.</summary>
internal sealed record SetNetworkProfileCommand(int? ConfigurationSlot, ConnectionData? ConnectionData);

/// <summary>Part 2 §2.35 NetworkConnectionProfileType as the body carries it.</summary>
internal sealed record ConnectionData(
    NetworkOcppVersion? OcppVersion, NetworkTransport? OcppTransport, string? OcppCsmsUrl, int? MessageTimeout, int? SecurityProfile, NetworkInterface? OcppInterface,
    VpnData? Vpn, ApnData? Apn)
{
    public NetworkProfile ToProfile() => new(
        OcppVersion!.Value, OcppTransport!.Value, OcppCsmsUrl!, MessageTimeout!.Value, SecurityProfile!.Value, OcppInterface!.Value,
        Vpn is null ? null : new NetworkVpn(Vpn.Server!, Vpn.User!, Vpn.Group, Vpn.Password!, Vpn.Key!, Vpn.Type!.Value),
        Apn is null ? null : new NetworkApn(Apn.Apn!, Apn.ApnUserName, Apn.ApnPassword, Apn.SimPin, Apn.PreferredNetwork, Apn.UseOnlyPreferredNetwork, Apn.ApnAuthentication!.Value));
}

/// <summary>Part 2 §2.54 VPNType as the body carries it.</summary>
internal sealed record VpnData(string? Server, string? User, string? Group, string? Password, string? Key, VpnKind? Type);

/// <summary>Part 2 §2.3 APNType as the body carries it.</summary>
internal sealed record ApnData(
    string? Apn, string? ApnUserName, string? ApnPassword, int? SimPin, string? PreferredNetwork, bool? UseOnlyPreferredNetwork, ApnAuthentication? ApnAuthentication);

internal sealed class SetNetworkProfileCommandValidator : AbstractValidator<SetNetworkProfileCommand>
{
    public SetNetworkProfileCommandValidator()
    {
        // The station checks the slot against NetworkConfigurationPriority's valuesList (B09.FR.05).
        RuleFor(c => c.ConfigurationSlot).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.ConnectionData).NotNull();
        When(c => c.ConnectionData is not null, () =>
        {
            RuleFor(c => c.ConnectionData!.OcppVersion).NotNull().IsInEnum().OverridePropertyName("connectionData.ocppVersion");
            RuleFor(c => c.ConnectionData!.OcppTransport).NotNull().IsInEnum().OverridePropertyName("connectionData.ocppTransport");
            // OCPP-J: the station connects over WebSocket (2.0.1 part 4 §3.1); its identity is appended to this URL.
            RuleFor(c => c.ConnectionData!.OcppCsmsUrl).NotEmpty()
                .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss")
                .WithMessage("'connectionData.ocppCsmsUrl' must be an absolute ws:// or wss:// URL.").OverridePropertyName("connectionData.ocppCsmsUrl");
            RuleFor(c => c.ConnectionData!.MessageTimeout).NotNull().GreaterThan(0).OverridePropertyName("connectionData.messageTimeout");
            // A00: security profiles 1 to 3, and 0 (no security) which this CSMS also accepts from stations on trusted networks.
            RuleFor(c => c.ConnectionData!.SecurityProfile).NotNull().InclusiveBetween(0, 3).OverridePropertyName("connectionData.securityProfile");
            RuleFor(c => c.ConnectionData!.OcppInterface).NotNull().IsInEnum().OverridePropertyName("connectionData.ocppInterface");
            When(c => c.ConnectionData!.Vpn is not null, () =>
            {
                RuleFor(c => c.ConnectionData!.Vpn!.Server).NotEmpty().OverridePropertyName("connectionData.vpn.server");
                RuleFor(c => c.ConnectionData!.Vpn!.User).NotEmpty().OverridePropertyName("connectionData.vpn.user");
                RuleFor(c => c.ConnectionData!.Vpn!.Password).NotNull().OverridePropertyName("connectionData.vpn.password");
                RuleFor(c => c.ConnectionData!.Vpn!.Key).NotNull().OverridePropertyName("connectionData.vpn.key");
                RuleFor(c => c.ConnectionData!.Vpn!.Type).NotNull().IsInEnum().OverridePropertyName("connectionData.vpn.type");
            });
            When(c => c.ConnectionData!.Apn is not null, () =>
            {
                RuleFor(c => c.ConnectionData!.Apn!.Apn).NotEmpty().OverridePropertyName("connectionData.apn.apn");
                RuleFor(c => c.ConnectionData!.Apn!.ApnAuthentication).NotNull().IsInEnum().OverridePropertyName("connectionData.apn.apnAuthentication");
            });
        });
    }
}
