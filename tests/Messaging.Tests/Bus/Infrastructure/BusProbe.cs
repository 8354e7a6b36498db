using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Messaging.Tests.Bus.Infrastructure;

/// <summary>A receive endpoint's transport settings, as MassTransit's own probe reports them.</summary>
public sealed record EndpointSettings(string Name, int? PrefetchCount, int? ConcurrentMessageLimit);

/// <summary>Reads the configuration a running bus reports through MassTransit's introspection probe.</summary>
public static class BusProbe
{
    public static IReadOnlyDictionary<string, EndpointSettings> ReceiveEndpoints(IBus bus)
    {
        var result = JsonSerializer.SerializeToElement(((IProbeSite)bus).GetProbeResult(), SystemTextJsonMessageSerializer.Options);
        // The probe writes one endpoint as an object and several as an array.
        var endpoints = result.GetProperty("results").GetProperty("bus").GetProperty("host").GetProperty("receiveEndpoint");
        return (endpoints.ValueKind == JsonValueKind.Array ? endpoints.EnumerateArray().ToArray() : [endpoints])
            .Select(endpoint =>
            {
                var transport = endpoint.GetProperty("receiveTransport");
                return new EndpointSettings(
                    endpoint.GetProperty("name").GetString()!,
                    transport.TryGetProperty("prefetchCount", out var prefetch) ? prefetch.GetInt32() : null,
                    transport.TryGetProperty("concurrentMessageLimit", out var limit) ? limit.GetInt32() : null);
            })
            .ToDictionary(e => e.Name);
    }

    /// <summary>The queues and exchanges an exchange delivers to directly, by name.</summary>
    public static IReadOnlyList<string> ExchangeSinks(IBus bus, string exchange)
    {
        var result = JsonSerializer.SerializeToElement(((IProbeSite)bus).GetProbeResult(), SystemTextJsonMessageSerializer.Options);
        var sinks = new List<string>();
        foreach (var element in Descendants(result))
        {
            if (element.ValueKind == JsonValueKind.Object
                && element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == exchange
                && element.TryGetProperty("sinks", out var found) && found.ValueKind == JsonValueKind.Object)
            {
                foreach (var sink in found.EnumerateObject())
                {
                    foreach (var item in sink.Value.ValueKind == JsonValueKind.Array ? sink.Value.EnumerateArray().ToArray() : [sink.Value])
                    {
                        sinks.Add(item.GetProperty("name").GetString()!);
                    }
                }

                return sinks;
            }
        }

        return sinks;
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
