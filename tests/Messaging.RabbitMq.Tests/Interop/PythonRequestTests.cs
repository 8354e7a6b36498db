using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;
using Messaging.RabbitMq.Tests.Interop.Handlers;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>Requests across languages: a Python requester and a generated handler, a .NET request client and a Python responder.</summary>
public sealed class PythonRequestTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Python_request_gets_the_generated_handlers_response_with_its_request_id()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        // Sent to the handler's queue (its exchange has the queue's name), with RequestId and MT-Response-Address.
        var answer = await PythonPeer.RunJsonAsync("request", "--url", PythonPeer.Url(vhost.Name), "--queue", "interop-queries", "--text", "héllo");

        var call = await probe.WaitOneAsync("interop-queries");
        Assert.Equal(new EverythingQuery("héllo"), call.Message);
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Interop.Contracts:EverythingAnswer", answer["messageType"]!.GetValue<string>());
        Assert.Equal(answer["expectedRequestId"]!.GetValue<string>(), answer["requestId"]!.GetValue<string>());
        Assert.Equal($$"""["list",[["str","echo: héllo"],["int","5"],["str","{{EverythingHandlers.AnsweredBy}}"]]]""",
            answer["fields"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Dotnet_request_client_gets_the_python_responders_answer()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var answeredBy = Guid.NewGuid();
        await using var python = await PythonPeer.StartReadyAsync("interop_peer.py", "serve", "--url", PythonPeer.Url(vhost.Name),
            "--queue", "python-answers", "--text", answeredBy.ToString());

        // The responder's exchange, as an IRequestClient addresses any endpoint.
        var client = bus.Bus.CreateRequestClient<EverythingQuery>(new Uri("exchange:python-answers"), RequestTimeout.After(s: 30));
        var response = await client.GetResponse<EverythingAnswer>(new EverythingQuery("ping"));

        Assert.Equal(new EverythingAnswer("python: ping", 4, answeredBy), response.Message);
        var served = PythonPeer.Parse(await python.CompleteAsync(), "serve");
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Interop.Contracts:EverythingQuery", served["messageType"]!.GetValue<string>());
        Assert.Equal(response.RequestId?.ToString(), served["requestId"]!.GetValue<string>());
        Assert.StartsWith("rabbitmq://", served["responseAddress"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
