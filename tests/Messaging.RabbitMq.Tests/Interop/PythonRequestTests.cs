using System;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;
using Messaging.RabbitMq.Tests.Interop.Handlers;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>A Python requester sends a request to a generated handler and gets its response on its own reply queue.</summary>
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
        var fields = answer["fields"]!.ToJsonString();
        Assert.Equal($$"""["list",[["str","echo: héllo"],["int","5"],["str","{{EverythingHandlers.AnsweredBy}}"]]]""",
            answer["fields"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.NotEmpty(fields);
    }
}
