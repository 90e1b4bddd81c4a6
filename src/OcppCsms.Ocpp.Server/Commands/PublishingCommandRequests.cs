using System.Text.RegularExpressions;
using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary><c>POST …/commands/publish-firmware</c> (L03): the CSMS allocates the requestId and answers with it.</summary>
internal sealed record PublishFirmwareCommand(string? Location, string? Checksum, int? Retries, int? RetryInterval)
{
    public FirmwarePublication ToRequest() => new(Location!, Checksum!, Retries, RetryInterval);
}

/// <summary><c>POST …/commands/unpublish-firmware</c> (L04): the checksum the file was published with.</summary>
internal sealed record UnpublishFirmwareCommand(string? Checksum);

/// <summary>L03: the firmware file is named by its MD5, 32 hexadecimal digits.</summary>
internal static partial class PublishingRules
{
    public static IRuleBuilderOptions<T, string?> Md5<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(checksum => checksum is null || Md5Hex().IsMatch(checksum)).WithMessage("'{PropertyName}' must be an MD5 checksum, 32 hexadecimal digits.");

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex Md5Hex();
}

internal sealed class PublishFirmwareCommandValidator : AbstractValidator<PublishFirmwareCommand>
{
    public PublishFirmwareCommandValidator()
    {
        RuleFor(c => c.Location).Location();
        RuleFor(c => c.Checksum).Md5();
        RuleFor(c => c.Retries).Attempts();
        RuleFor(c => c.RetryInterval).Attempts();
    }
}

internal sealed class UnpublishFirmwareCommandValidator : AbstractValidator<UnpublishFirmwareCommand>
{
    public UnpublishFirmwareCommandValidator() => RuleFor(c => c.Checksum).Md5();
}
