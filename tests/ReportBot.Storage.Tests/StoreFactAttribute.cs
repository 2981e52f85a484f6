using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReportBot.Storage.Tests;

/// <summary>
/// A test that needs a real PostgreSQL server when its class is marked <see cref="NeedsPostgresAttribute"/>: it runs
/// when <c>REPORTBOT_TEST_POSTGRES</c> holds a connection string and is reported as skipped (naming the variable)
/// otherwise. The store contract puts it on its tests, so the same test runs against SQLite always and against
/// PostgreSQL when one is given.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ReportBot.Storage.Tests.StoreFactDiscoverer", "ReportBot.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need <c>REPORTBOT_TEST_POSTGRES</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests, skipped when their class needs a server that is not given.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <summary>The variable the connection string comes from, and the reason given when it is missing.</summary>
    public const string Variable = "REPORTBOT_TEST_POSTGRES";

    public static string SkipReason => $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one; locally: source .ci/postgres.sh && pg_test_start)";

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any();
        if (needsPostgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, SkipReason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
