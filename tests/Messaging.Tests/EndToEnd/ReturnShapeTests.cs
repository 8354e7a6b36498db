using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>Every return shape through its generated consumer: awaited, and a returned message answered or published.</summary>
public sealed class ReturnShapeTests
{
    [Theory]
    [InlineData("void")]
    [InlineData("Task")]
    [InlineData("ValueTask")]
    public async Task Handler_returning_void_Task_or_ValueTask_is_called_with_the_published_message(string shape)
    {
        await using var bus = await EndToEndBus.StartAsync();
        var id = Guid.NewGuid();

        var (handler, message) = shape switch
        {
            "void" => ("shape-void", await PublishAsync(bus, new ShapeVoid(id))),
            "Task" => ("shape-task", await PublishAsync(bus, new ShapeTask(id))),
            _ => ("shape-value-task", await PublishAsync(bus, new ShapeValueTask(id))),
        };

        var call = await bus.Probe.WaitOneAsync(handler);
        Assert.Equal(message, call.Message);
    }

    [Theory]
    [InlineData("T")]
    [InlineData("Task<T>")]
    [InlineData("ValueTask<T>")]
    public async Task Handler_returning_a_message_responds_to_a_request_with_it_and_does_not_also_publish_it(string shape)
    {
        // Connected while the bus is configured: an observer connected to a running bus sees only the endpoints that
        // exist at that moment, and the handler's endpoint starts with the request.
        var finished = new ConsumeFinished();
        await using var bus = await EndToEndBus.StartAsync(configure: cfg => cfg.ConnectConsumeObserver(finished));
        var id = Guid.NewGuid();

        var reply = shape switch
        {
            "T" => await RequestAsync(bus, finished, new ShapeMessage(id, 21)),
            "Task<T>" => await RequestAsync(bus, finished, new ShapeTaskOfMessage(id, 21)),
            _ => await RequestAsync(bus, finished, new ShapeValueTaskOfMessage(id, 21)),
        };

        Assert.Equal(new ShapeReply(id, shape, 42), reply);

        // The request's consume has finished, so anything its consumer published is already in the replies' queue,
        // which takes one message at a time: a marker published now arrives after it. Only the marker may arrive.
        var marker = new ShapeReply(Guid.NewGuid(), "marker", 0);
        await bus.Bus.Publish(marker);
        await bus.Probe.WaitOneAsync("shape-replies", c => c.Message.Equals(marker));
        Assert.DoesNotContain(bus.Probe.Calls("shape-replies"), c => ((ShapeReply)c.Message).Id == id);
    }

    [Theory]
    [InlineData("T")]
    [InlineData("Task<T>")]
    [InlineData("ValueTask<T>")]
    public async Task Handler_returning_a_message_publishes_it_when_the_message_was_not_a_request(string shape)
    {
        await using var bus = await EndToEndBus.StartAsync();
        var id = Guid.NewGuid();

        _ = shape switch
        {
            "T" => await PublishAsync(bus, new ShapeMessage(id, 5)),
            "Task<T>" => await PublishAsync(bus, new ShapeTaskOfMessage(id, 5)),
            _ => await PublishAsync(bus, new ShapeValueTaskOfMessage(id, 5)),
        };

        var call = await bus.Probe.WaitOneAsync("shape-replies", c => ((ShapeReply)c.Message).Id == id);
        Assert.Equal(new ShapeReply(id, shape, 10), call.Message);
        Assert.Equal("application/msgpack", call.Delivery!.ContentType);
        Assert.Null(call.Delivery.RequestId);
    }

    private static async Task<object> PublishAsync<T>(EndToEndBus bus, T message)
        where T : class
    {
        await bus.Bus.Publish(message);
        return message;
    }

    // Sends the request through IRequestClient<T> from a scope, as an application would, and returns the response once
    // the handler's consume, its response included, has finished.
    private static async Task<ShapeReply> RequestAsync<T>(EndToEndBus bus, ConsumeFinished finished, T request)
        where T : class
    {
        var consumed = finished.Expect(request);
        using var scope = bus.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<T>>();

        var response = await client.GetResponse<ShapeReply>(request, timeout: RequestTimeout.After(s: 30));

        await consumed.WaitAsync(HandlerProbe.Timeout);
        return response.Message;
    }

    /// <summary>Completes when the consume of an expected message has finished, its response included.</summary>
    private sealed class ConsumeFinished : IConsumeObserver
    {
        private readonly object _gate = new();
        private object? _expected;
        private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Expect(object message)
        {
            lock (_gate)
            {
                _expected = message;
                _finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _finished.Task;
            }
        }

        public Task PreConsume<T>(ConsumeContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context)
            where T : class
        {
            Finish(context.Message, null);
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
            where T : class
        {
            Finish(context.Message, exception);
            return Task.CompletedTask;
        }

        private void Finish(object message, Exception? exception)
        {
            lock (_gate)
            {
                if (!Equals(message, _expected))
                {
                    return;
                }

                if (exception is null)
                {
                    _finished.TrySetResult();
                }
                else
                {
                    _finished.TrySetException(exception);
                }
            }
        }
    }
}
