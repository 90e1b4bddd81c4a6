using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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

        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        builder.Services.AddOptions<JwtOptions>().Bind(builder.Configuration.GetSection(JwtOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<OperatorUser>, PasswordHasher<OperatorUser>>();
        builder.Services.AddSingleton<IStartupTask, AdminAccountSeeder>();
        builder.Services.AddSingleton<JwtSigningKeyProvider>();
        builder.Services.AddSingleton<IStartupTask>(services => services.GetRequiredService<JwtSigningKeyProvider>());
        return builder;
    }
}
