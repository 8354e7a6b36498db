using System;
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
