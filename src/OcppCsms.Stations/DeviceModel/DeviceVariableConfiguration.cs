using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.DeviceModel;

internal sealed class DeviceVariableConfiguration : IEntityTypeConfiguration<DeviceVariable>
{
    public void Configure(EntityTypeBuilder<DeviceVariable> variable)
    {
        variable.ToTable("stations_device_variables");
        variable.HasKey(v => v.Id);
        variable.Property(v => v.StationId).HasMaxLength(Station.IdMaxLength);
        variable.Property(v => v.ComponentName).HasMaxLength(DeviceVariable.NameMaxLength);
        variable.Property(v => v.ComponentInstance).HasMaxLength(DeviceVariable.NameMaxLength);
        variable.Property(v => v.VariableName).HasMaxLength(DeviceVariable.NameMaxLength);
        variable.Property(v => v.VariableInstance).HasMaxLength(DeviceVariable.NameMaxLength);
        variable.Property(v => v.AttributeType).HasConversion<string>().HasMaxLength(8);
        variable.Property(v => v.Value).HasMaxLength(DeviceVariable.ValueMaxLength);
        variable.Property(v => v.Mutability).HasConversion<string>().HasMaxLength(16);
        variable.Property(v => v.Unit).HasMaxLength(DeviceVariable.UnitMaxLength);
        variable.Property(v => v.DataType).HasMaxLength(16);
        variable.Property(v => v.ValuesList).HasMaxLength(DeviceVariable.ValuesListMaxLength);
        variable.Property(v => v.Source).HasConversion<string>().HasMaxLength(16);
        // Read and matched per station, listed by component and variable.
        variable.HasIndex(v => new { v.StationId, v.ComponentName, v.VariableName }).HasDatabaseName("IX_stations_device_variables_lookup");
    }
}
