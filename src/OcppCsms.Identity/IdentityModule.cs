using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.ApiKeys;
using OcppCsms.Identity.Audit;
using OcppCsms.Identity.Auth;
using OcppCsms.Identity.Authentication;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Jwt;
using OcppCsms.Identity.Persistence;
using OcppCsms.Identity.Users;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Identity;

public static class IdentityModule
{
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<IdentityDbContext>(IdentityDbContext.Module);
        var services = builder.Services;

        services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddOptions<JwtOptions>().Bind(builder.Configuration.GetSection(JwtOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<IPasswordHasher<OperatorUser>, PasswordHasher<OperatorUser>>();
        services.AddSingleton<IStartupTask, AdminAccountSeeder>();
        services.AddSingleton<JwtSigningKeyProvider>();
        services.AddSingleton<IStartupTask>(provider => provider.GetRequiredService<JwtSigningKeyProvider>());
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<RefreshTokens>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuditLog>(provider => provider.GetRequiredService<AuditLog>());
        services.AddSingleton<IOperatorCredentials, OperatorCredentials>();
        services.AddOperatorAuthentication();

        services.AddSingleton<IValidator<LoginRequest>, LoginRequestValidator>();
        services.AddSingleton<IValidator<RefreshRequest>, RefreshRequestValidator>();
        services.AddSingleton<IValidator<LogoutRequest>, LogoutRequestValidator>();
        services.AddSingleton<IValidator<ChangePasswordRequest>, ChangePasswordRequestValidator>();
        services.AddSingleton<IValidator<CreateUserRequest>, CreateUserRequestValidator>();
        services.AddSingleton<IValidator<UpdateUserRequest>, UpdateUserRequestValidator>();
        services.AddSingleton<IValidator<UserFilter>, UserFilterValidator>();
        services.AddSingleton<IValidator<CreateApiKeyRequest>, CreateApiKeyRequestValidator>();
        services.AddSingleton<IValidator<AuditFilter>, AuditFilterValidator>();
        return builder;
    }

    /// <summary>Sets the caller's principal; what needs it (the rate limiter) goes between this and <see cref="UseOperatorAuthorization"/>.</summary>
    public static IApplicationBuilder UseOperatorAuthentication(this IApplicationBuilder app) => app.UseAuthentication();

    /// <summary>
    /// The audit trail, then authorization: the trail wraps authorization so that refused attempts (401, 403) are
    /// recorded too.
    /// </summary>
    public static IApplicationBuilder UseOperatorAuthorization(this IApplicationBuilder app) =>
        app.UseMiddleware<AuditTrailMiddleware>().UseAuthorization();

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapUserEndpoints();
        app.MapApiKeyEndpoints();
        app.MapAuditEndpoints();
        return app;
    }
}
