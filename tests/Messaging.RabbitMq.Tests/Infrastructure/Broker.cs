using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Messaging.RabbitMq.Tests.Infrastructure;

/// <summary>
/// The RabbitMQ the tests run against (started by <c>.ci/rabbitmq</c>): AMQP on <c>RabbitMq__Host</c>:<c>RabbitMq__Port</c>
/// (localhost:5672) and the management HTTP API on port <c>RabbitMq__ManagementPort</c> (15672), as
/// <c>RabbitMq__UserName</c>/<c>RabbitMq__Password</c> (guest/guest). The management API creates and deletes the
/// virtual hosts and users of the tests and reports queue arguments.
/// </summary>
public static class Broker
{
    public static readonly string Host = Environment.GetEnvironmentVariable("RabbitMq__Host") is { Length: > 0 } host ? host : "localhost";
    public static readonly int Port = int.TryParse(Environment.GetEnvironmentVariable("RabbitMq__Port"), out var port) ? port : 5672;
    public static readonly int ManagementPort = int.TryParse(Environment.GetEnvironmentVariable("RabbitMq__ManagementPort"), out var management) ? management : 15672;
    public static readonly string UserName = Environment.GetEnvironmentVariable("RabbitMq__UserName") is { Length: > 0 } user ? user : "guest";
    public static readonly string Password = Environment.GetEnvironmentVariable("RabbitMq__Password") is { Length: > 0 } password ? password : "guest";

    private static readonly HttpClient s_http = CreateClient();

    /// <summary>Fails with what to do when the broker or its management API does not answer.</summary>
    public static async Task EnsureReachableAsync()
    {
        try
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(Host, Port).WaitAsync(TimeSpan.FromSeconds(5));
            using var response = await s_http.GetAsync("api/overview");
            response.EnsureSuccessStatusCode();
        }
        catch (Exception exception) when (exception is SocketException or HttpRequestException or TimeoutException or TaskCanceledException)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not reachable at amqp://{Host}:{Port} with its management API at http://{Host}:{ManagementPort} ({exception.Message}). " +
                "These integration tests need a real broker: start one with `sudo bash .ci/rabbitmq` (Debian/Ubuntu: apt-get install -y rabbitmq-server first), " +
                "or point RabbitMq__Host, RabbitMq__Port, RabbitMq__ManagementPort, RabbitMq__UserName and RabbitMq__Password at yours.",
                exception);
        }
    }

    public static async Task CreateVirtualHostAsync(string name)
    {
        await SendAsync(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(name)}", new { });
        await SetPermissionsAsync(name, UserName);
    }

    public static Task DeleteVirtualHostAsync(string name) => SendAsync(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}", null);

    public static async Task CreateUserAsync(string name, string password, string virtualHost)
    {
        await SendAsync(HttpMethod.Put, $"api/users/{Uri.EscapeDataString(name)}", new { password, tags = "" });
        await SetPermissionsAsync(virtualHost, name);
    }

    public static Task DeleteUserAsync(string name) => SendAsync(HttpMethod.Delete, $"api/users/{Uri.EscapeDataString(name)}", null);

    /// <summary>A queue as the management API describes it (<c>type</c>, <c>arguments</c>, <c>messages</c>, …), or null when absent.</summary>
    public static async Task<JsonElement?> GetQueueAsync(string virtualHost, string queue)
    {
        using var response = await s_http.GetAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An exchange as the management API describes it (<c>type</c>, <c>arguments</c>), or null when absent.</summary>
    public static async Task<JsonElement?> GetExchangeAsync(string virtualHost, string exchange)
    {
        using var response = await s_http.GetAsync($"api/exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every binding whose source is <paramref name="exchange"/>.</summary>
    public static async Task<JsonElement> GetBindingsFromAsync(string virtualHost, string exchange)
    {
        using var response = await s_http.GetAsync($"api/exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}/bindings/source");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Publishes raw bytes to an exchange through the management API, as a foreign producer would: a content type, the
    /// given headers and routing key, nothing from MassTransit.
    /// </summary>
    public static async Task PublishRawAsync(string virtualHost, string exchange, string routingKey, byte[] body, string contentType, IDictionary<string, string> headers)
    {
        using var response = await s_http.PostAsJsonAsync($"api/exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}/publish", new
        {
            properties = new Dictionary<string, object> { ["content_type"] = contentType, ["delivery_mode"] = 2, ["headers"] = headers, ["message_id"] = Guid.NewGuid().ToString() },
            routing_key = routingKey,
            payload = Convert.ToBase64String(body),
            payload_encoding = "base64",
        });
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!result.GetProperty("routed").GetBoolean())
        {
            throw new InvalidOperationException($"The raw publish to exchange '{exchange}' with key '{routingKey}' reached no queue.");
        }
    }

    /// <summary>Declares a queue of the test's own and binds it to <paramref name="exchange"/> with every key, as a wire tap.</summary>
    public static async Task BindTapAsync(string virtualHost, string queue, string exchange)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        await SendAsync(HttpMethod.Put, $"api/queues/{vhost}/{Uri.EscapeDataString(queue)}", new { durable = false, auto_delete = false });
        await SendAsync(HttpMethod.Post, $"api/bindings/{vhost}/e/{Uri.EscapeDataString(exchange)}/q/{Uri.EscapeDataString(queue)}", new { routing_key = "#" });
    }

    /// <summary>Binds exchange <paramref name="destination"/> to exchange <paramref name="source"/> with an empty key.</summary>
    public static Task BindExchangeAsync(string virtualHost, string source, string destination) =>
        SendAsync(HttpMethod.Post, $"api/bindings/{Uri.EscapeDataString(virtualHost)}/e/{Uri.EscapeDataString(source)}/e/{Uri.EscapeDataString(destination)}", new { routing_key = "" });

    /// <summary>Deletes an exchange (its bindings go with it).</summary>
    public static Task DeleteExchangeAsync(string virtualHost, string exchange) =>
        SendAsync(HttpMethod.Delete, $"api/exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}", null);

    /// <summary>The names of the client connections open to <paramref name="virtualHost"/> (the management API refreshes them every few seconds).</summary>
    public static async Task<IReadOnlyList<string>> GetConnectionNamesAsync(string virtualHost)
    {
        var connections = await s_http.GetFromJsonAsync<JsonElement>($"api/vhosts/{Uri.EscapeDataString(virtualHost)}/connections");
        var names = new List<string>();
        foreach (var connection in connections.EnumerateArray())
        {
            if (connection.TryGetProperty("client_properties", out var client) && client.TryGetProperty("connection_name", out var name))
            {
                names.Add(name.GetString() ?? string.Empty);
            }
        }

        return names;
    }

    /// <summary>Has the broker close every connection to <paramref name="virtualHost"/> named <paramref name="clientName"/>; returns how many.</summary>
    public static async Task<int> CloseConnectionsAsync(string virtualHost, string clientName)
    {
        var connections = await s_http.GetFromJsonAsync<JsonElement>($"api/vhosts/{Uri.EscapeDataString(virtualHost)}/connections");
        var closed = 0;
        foreach (var connection in connections.EnumerateArray())
        {
            if (connection.TryGetProperty("client_properties", out var client) && client.TryGetProperty("connection_name", out var name)
                && name.GetString() == clientName)
            {
                await SendAsync(HttpMethod.Delete, $"api/connections/{Uri.EscapeDataString(connection.GetProperty("name").GetString()!)}", null);
                closed++;
            }
        }

        return closed;
    }

    /// <summary>Takes up to <paramref name="count"/> messages off a queue (acknowledged: they are gone), with their properties and body.</summary>
    public static async Task<IReadOnlyList<BrokerMessage>> TakeAsync(string virtualHost, string queue, int count)
    {
        using var response = await s_http.PostAsJsonAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_false", encoding = "base64" });
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // MassTransit declares an _error queue with the first fault: none yet is nothing yet.
            return [];
        }

        response.EnsureSuccessStatusCode();
        var messages = new List<BrokerMessage>();
        foreach (var message in (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
        {
            messages.Add(new BrokerMessage(message.GetProperty("properties"), Convert.FromBase64String(message.GetProperty("payload").GetString()!)));
        }

        return messages;
    }

    /// <summary>Waits until <paramref name="queue"/> holds at least one message, and takes it.</summary>
    public static async Task<BrokerMessage> TakeOneAsync(string virtualHost, string queue)
    {
        var deadline = DateTime.UtcNow + HandlerProbe.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await TakeAsync(virtualHost, queue, 1)) is [var message])
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message arrived in '{queue}' within {HandlerProbe.Timeout}.");
    }

    private static Task SetPermissionsAsync(string virtualHost, string user) =>
        SendAsync(HttpMethod.Put, $"api/permissions/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(user)}",
            new { configure = ".*", write = ".*", read = ".*" });

    private static async Task SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await s_http.SendAsync(request);
        if (!response.IsSuccessStatusCode && !(method == HttpMethod.Delete && response.StatusCode == System.Net.HttpStatusCode.NotFound))
        {
            throw new InvalidOperationException($"RabbitMQ management API: {method} {path} answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{Host}:{ManagementPort}/"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}")));
        return client;
    }
}

/// <summary>A message taken off a queue: its AMQP properties (with <c>headers</c>) and body.</summary>
public sealed record BrokerMessage(JsonElement Properties, byte[] Body)
{
    public string? ContentType => Properties.TryGetProperty("content_type", out var value) ? value.GetString() : null;

    public string? Header(string name) =>
        Properties.TryGetProperty("headers", out var headers) && headers.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()
            : null;

    public JsonElement? HeaderElement(string name) =>
        Properties.TryGetProperty("headers", out var headers) && headers.TryGetProperty(name, out var value) ? value : null;
}
