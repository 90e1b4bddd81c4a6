using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>Stores every <see cref="DateTime"/> as UTC and reads it back marked UTC, on both providers.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
