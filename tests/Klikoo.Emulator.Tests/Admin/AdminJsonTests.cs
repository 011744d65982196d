using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using FluentAssertions.Execution;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>
/// The admin API's JSON comes from source-generated contexts only, as in the Native AOT binary, which has no
/// reflection-based serializer: a type no feature's context names would fail there at run time, so it fails here.
/// </summary>
public sealed class AdminJsonTests
{
    [Test]
    public async Task AdminEndpoints_EveryBodyType_HasGeneratedMetadata()
    {
        await using var factory = new EmulatorFactory();
        var options = factory.Get<IOptions<JsonOptions>>().Value.SerializerOptions;

        var types = factory.Get<EndpointDataSource>().Endpoints
            .Where(e => e is RouteEndpoint route && route.RoutePattern.RawText?.StartsWith("/__admin", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.Type)
                .Concat(e.Metadata.OfType<IAcceptsMetadata>().Select(a => a.RequestType)))
            .OfType<Type>()
            .Where(t => t != typeof(void) && !typeof(IResult).IsAssignableFrom(t))
            .Distinct()
            .ToList();

        using (new AssertionScope())
        {
            // Health, fixtures, reload, journal, transactions, resolve, clock (3), overrides (2), callbacks at least.
            types.Should().HaveCountGreaterThanOrEqualTo(12);
            foreach (var type in types)
            {
                options.Invoking(o => o.GetTypeInfo(type)).Should().NotThrow($"{type} is read or written by an admin route");
            }
        }
    }

    [Test]
    public async Task AdminJson_TypeNoContextNames_IsRefusedAsInNativeAot()
    {
        await using var factory = new EmulatorFactory();
        var options = factory.Get<IOptions<JsonOptions>>().Value.SerializerOptions;

        options.TypeInfoResolverChain.Should().NotContain(r => r is DefaultJsonTypeInfoResolver);
        options.Invoking(o => o.GetTypeInfo(typeof(Unlisted))).Should().Throw<NotSupportedException>();
    }

    [Test]
    public async Task AdminJson_Enums_AreCamelCaseStrings()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "json-enum-1")}");
        using var json = new StringContent("""{"refId":"json-enum-2","result":"pending"}""", System.Text.Encoding.UTF8, "application/json");
        (await client.PostAsync("/__admin/overrides", json)).EnsureSuccessStatusCode();

        var transactions = await client.GetStringAsync("/__admin/transactions");
        var overrides = await client.GetStringAsync("/__admin/overrides");

        transactions.Should().Contain("\"status\":\"success\"");
        overrides.Should().Contain("\"result\":\"pending\"");
    }

    private sealed record Unlisted(string Name);
}
