using Microsoft.EntityFrameworkCore;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>One module's DbContext, as registered by <see cref="DatabaseServiceCollectionExtensions.AddModuleDbContext{TContext}"/>.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType, Func<IServiceProvider, DbContext> CreateContext)
{
    public string MigrationsHistoryTable => $"__{Module}_migrations";
}
