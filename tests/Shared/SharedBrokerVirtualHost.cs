using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;

namespace Messaging.Testing;

/// <summary>
/// A virtual host of a test's own on the shared broker (started by <c>.ci/rabbitmq</c>; <c>RabbitMq__Host</c>,
/// <c>RabbitMq__Port</c>, <c>RabbitMq__ManagementPort</c>, <c>RabbitMq__UserName</c>, <c>RabbitMq__Password</c>
/// point elsewhere), made and deleted through the management API. Tests that fault the database, not the broker, use it.
/// </summary>
public sealed class SharedBrokerVirtualHost : IAsyncDisposable
{
    public static readonly string Host = Environment.GetEnvironmentVariable("RabbitMq__Host") is { Length: > 0 } host ? host : "localhost";
    public static readonly int Port = int.TryParse(Environment.GetEnvironmentVariable("RabbitMq__Port"), out var port) ? port : 5672;
    public static readonly int ManagementPort = int.TryParse(Environment.GetEnvironmentVariable("RabbitMq__ManagementPort"), out var management) ? management : 15672;
    public static readonly string UserName = Environment.GetEnvironmentVariable("RabbitMq__UserName") is { Length: > 0 } user ? user : "guest";
    public static readonly string Password = Environment.GetEnvironmentVariable("RabbitMq__Password") is { Length: > 0 } password ? password : "guest";

    private static readonly HttpClient s_http = CreateClient();

    private SharedBrokerVirtualHost(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public static async Task<SharedBrokerVirtualHost> CreateAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        try
        {
            await SendAsync(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(name)}", new { });
            await SendAsync(HttpMethod.Put, $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(UserName)}", new { configure = ".*", write = ".*", read = ".*" });
        }
        catch (HttpRequestException exception)
        {
            throw new InvalidOperationException(
                $"The shared RabbitMQ's management API at http://{Host}:{ManagementPort} did not answer ({exception.Message}): start the broker with `sudo bash .ci/rabbitmq`.", exception);
        }

        return new SharedBrokerVirtualHost(name);
    }

    public async ValueTask DisposeAsync() => await SendAsync(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(Name)}", null);

    private static async Task SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await s_http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{Host}:{ManagementPort}/"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}")));
        return client;
    }
}
