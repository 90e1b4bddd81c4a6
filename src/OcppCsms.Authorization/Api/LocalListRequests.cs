using FluentValidation;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Api;

/// <summary><c>POST …/commands/send-local-list</c> (OCPP 1.6 §5.15, §6.41).</summary>
/// <param name="ListVersion">The list's version once applied; absent: one past the last the station accepted.</param>
/// <param name="LocalAuthorizationList">The new list (Full) or the changes (Differential); absent or empty: a Full update empties the list.</param>
internal sealed record SendLocalListCommand(LocalListUpdateType? UpdateType, int? ListVersion, IReadOnlyList<LocalListItem>? LocalAuthorizationList);

/// <param name="IdTagInfo">Required in a Full update; absent in a Differential one, the tag is removed (1.6 §7.1).</param>
/// <param name="IdTokenType">2.0.1 stations only (default ISO14443); 1.6 stations ignore it.</param>
internal sealed record LocalListItem(string IdTag, LocalListItemInfo? IdTagInfo, IdTokenKind? IdTokenType);

internal sealed record LocalListItemInfo(LocalListTagStatus? Status, DateTime? ExpiryDate, string? ParentIdTag);

internal sealed class SendLocalListCommandValidator : AbstractValidator<SendLocalListCommand>
{
    public SendLocalListCommandValidator()
    {
        RuleFor(c => c.UpdateType).NotNull().IsInEnum();
        // OCPP 1.6 errata 3.52: 0 and -1 mean "empty" and "not supported" in GetLocalListVersion.
        RuleFor(c => c.ListVersion).GreaterThanOrEqualTo(1);
        RuleForEach(c => c.LocalAuthorizationList).NotNull();
        RuleFor(c => c.LocalAuthorizationList)
            .Must(items => items!.Where(i => i?.IdTag is not null).GroupBy(i => IdTag.Normalize(i.IdTag)).All(tag => tag.Count() == 1))
            .WithMessage("Each id tag may appear once (OCPP 1.6 §6.41; compared case-insensitively).")
            .When(c => c.LocalAuthorizationList is not null);
        RuleForEach(c => c.LocalAuthorizationList).ChildRules(item =>
        {
            item.RuleFor(i => i.IdTag).IdTagValue().OverridePropertyName("idTag");
            item.RuleFor(i => i.IdTokenType).IsInEnum().OverridePropertyName("idTokenType");
            item.RuleFor(i => i.IdTagInfo!.Status).NotNull().IsInEnum().OverridePropertyName("idTagInfo.status").When(i => i.IdTagInfo is not null);
            item.RuleFor(i => i.IdTagInfo!.ParentIdTag).IdTagValue().OverridePropertyName("idTagInfo.parentIdTag")
                .When(i => i.IdTagInfo?.ParentIdTag is not null);
        });
        RuleForEach(c => c.LocalAuthorizationList)
            .Must(item => item is null || item.IdTagInfo is not null).WithMessage("A Full update gives every id tag its idTagInfo (OCPP 1.6 §7.1).")
            .When(c => c.UpdateType == LocalListUpdateType.Full);
    }
}
