using Xunit.Abstractions;
using Xunit.Sdk;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>Marks test classes that run against PostgreSQL; they get the one shared <see cref="PostgresServer"/> as a class fixture.</summary>
public interface IUsesPostgres : IClassFixture<PostgresServer>;

/// <summary>
/// A fact written once for both databases (on an abstract base, run by a SQLite and a PostgreSQL subclass). On a
/// machine without PostgreSQL, outside CI, the PostgreSQL run is reported as skipped with the reason.
/// </summary>
[XunitTestCaseDiscoverer("OcppCsms.IntegrationTests.Infrastructure.DatabaseFactDiscoverer", "OcppCsms.IntegrationTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (PostgresServer.SkipReason is { } reason && typeof(IUsesPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()))
        {
            return [new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("For deserialization only.")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        _reason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}
