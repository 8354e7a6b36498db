using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client.Exceptions;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// <see cref="IMessagePublisher"/> on RabbitMQ: RabbitMQ.Client straight to the broker, on a connection of its own,
/// putting on the wire what <c>IBus.Publish</c> does — the handlers, bindings and partitions cannot tell the difference.
/// </summary>
public sealed class MessagePublisherTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Published_message_reaches_its_handler_with_the_metadata_IBus_Publish_gives_it()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o => o.ConnectionName = "shop");
        await Broker.BindTapAsync(vhost.Name, "parity-tap", "rmq.invoice");
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        // A routed message: routing key, and the DestinationAddress header a routed message carries.
        var direct = new RegionalInvoice("us.east", 101);
        var viaBus = new RegionalInvoice("us.east", 102);

        var before = DateTime.UtcNow;
        await publisher.PublishAsync(direct);
        await bus.Bus.Publish(viaBus);

        var fast = await probe.WaitOneAsync("us-east", c => ((RegionalInvoice)c.Message).Number == 101);
        var slow = await probe.WaitOneAsync("us-east", c => ((RegionalInvoice)c.Message).Number == 102);
        Assert.Equal(direct, fast.Message);
        Assert.Equal(("application/msgpack", "us.east"), (fast.ContentType, fast.RoutingKey));
        Assert.Equal((slow.ContentType, slow.RoutingKey), (fast.ContentType, fast.RoutingKey));
        // The message id is a NewId, so the handler knows when it was sent; the message starts a conversation named by it.
        Assert.NotNull(fast.Metadata.MessageId);
        Assert.InRange(fast.Metadata.SentTime!.Value, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(fast.Metadata.MessageId, fast.Metadata.ConversationId);
        // Published to the message's exchange, as the bus does: the handler's context says so.
        Assert.Equal(slow.Metadata.DestinationAddress!.AbsolutePath.Split('/')[^1], fast.Metadata.DestinationAddress!.AbsolutePath.Split('/')[^1]);

        // On the wire: the same properties, and the same headers but the two that only the bus has.
        var wire = await Broker.TakeAsync(vhost.Name, "parity-tap", 2);
        Assert.Equal(2, wire.Count);
        var (fastWire, slowWire) = MessagePackSerializerNumber(wire[0]) == 101 ? (wire[0], wire[1]) : (wire[1], wire[0]);
        Assert.Equal(PropertyNames(slowWire), PropertyNames(fastWire));
        Assert.Equal(slowWire.ContentType, fastWire.ContentType);
        Assert.Equal(slowWire.Properties.GetProperty("delivery_mode").GetInt32(), fastWire.Properties.GetProperty("delivery_mode").GetInt32());
        Assert.Equal(slowWire.Header("MT-MessageType"), fastWire.Header("MT-MessageType"));
        Assert.Equal(["DestinationAddress", "MT-MessageType"], HeaderNames(fastWire));
        Assert.Equal(["ConversationId", "DestinationAddress", "MT-MessageType", "MT-Source-Address"], HeaderNames(slowWire));
        Assert.Equal(slowWire.Header("DestinationAddress"), fastWire.Header("DestinationAddress"));

        // On a connection of its own, named after the bus's, beside the bus's connection.
        IReadOnlyList<string> names = [];
        for (var i = 0; i < 100 && !names.Contains("shop (publisher)"); i++)
        {
            await Task.Delay(200);
            names = await Broker.GetConnectionNamesAsync(vhost.Name);
        }

        Assert.Contains("shop (publisher)", names);
        Assert.Contains("shop", names);
    }

    private static int MessagePackSerializerNumber(BrokerMessage message) => Serialization.WireSerializer.Deserialize<RegionalInvoice>(message.Body).Number;

    private static string[] PropertyNames(BrokerMessage message) =>
        [.. message.Properties.EnumerateObject().Select(p => p.Name).Where(n => n != "headers").Order(StringComparer.Ordinal)];

    // RabbitMQ.Client adds x-dotnet-pub-seq-no to track publisher confirms; it is the client's, not ours.
    private static string[] HeaderNames(BrokerMessage message) =>
        [.. message.Properties.GetProperty("headers").EnumerateObject().Select(h => h.Name).Where(n => n != "x-dotnet-pub-seq-no").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Routing_keys_routing_headers_and_direct_exchanges_route_a_direct_publish_as_they_route_the_bus()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();

        // Topic exchange: eu.* to one queue; us.east and ap.# to two handlers sharing another.
        foreach (var invoice in new RegionalInvoice[] { new("eu.west", 1), new("us.east", 2), new("ap.south", 3), new("sa.north", 4), new("eu.north", 5) })
        {
            await publisher.PublishAsync(invoice);
        }

        // Headers exchange: all of region=eu and severity=High to one queue; any of region=ap or severity=High to another.
        foreach (var alert in new Alert[] { new("eu", Severity.High, 1), new("eu", Severity.Low, 2), new("ap", Severity.Low, 3), new("us", Severity.Low, 4) })
        {
            await publisher.PublishAsync(alert);
        }

        // Direct exchange: the gold queue binds the key gold; the untiered handler binds none, so it takes the empty key.
        foreach (var settled in new PaymentSettled[] { new("gold", 1), new("silver", 2), new(string.Empty, 3) })
        {
            await publisher.PublishAsync(settled);
        }

        Assert.Equal([1, 5], (await probe.WaitAsync("europe", 2)).Select(c => ((RegionalInvoice)c.Message).Number).Order());
        Assert.Equal(2, ((RegionalInvoice)(await probe.WaitOneAsync("us-east")).Message).Number);
        Assert.Equal(3, ((RegionalInvoice)(await probe.WaitOneAsync("asia-pacific")).Message).Number);
        Assert.Equal(1, ((Alert)(await probe.WaitOneAsync("eu-urgent")).Message).Number);
        Assert.Equal([1, 3], (await probe.WaitAsync("watch", 2)).Select(c => ((Alert)c.Message).Number).Order());
        Assert.Equal(1, ((PaymentSettled)(await probe.WaitOneAsync("gold")).Message).Number);
        Assert.Equal(3, ((PaymentSettled)(await probe.WaitOneAsync("untiered")).Message).Number);

        // Nothing else arrives: what no binding matches, the broker drops.
        await Task.Delay(500);
        Assert.Equal(2, probe.Calls("europe").Count);
        Assert.Single(probe.Calls("us-east"));
        Assert.Single(probe.Calls("asia-pacific"));
        Assert.Single(probe.Calls("eu-urgent"));
        Assert.Equal(2, probe.Calls("watch").Count);
        Assert.Single(probe.Calls("gold"));
        Assert.Single(probe.Calls("untiered"));
        Assert.All(probe.Calls("europe"), c => Assert.StartsWith("eu.", c.RoutingKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entries_of_each_account_are_handled_in_publish_order_across_partitions()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        string[] accounts = ["acct-1", "acct-2", "acct-3", "acct-4", "acct-5", "acct-6"];
        const int PerAccount = 20;

        for (var sequence = 0; sequence < PerAccount; sequence++)
        {
            foreach (var account in accounts)
            {
                await publisher.PublishAsync(new AccountEntry(account, sequence));
            }
        }

        var calls = await probe.WaitAsync("accounts", accounts.Length * PerAccount);
        foreach (var account in accounts)
        {
            Assert.Equal(Enumerable.Range(0, PerAccount), calls.Select(c => (AccountEntry)c.Message).Where(e => e.Account == account).Select(e => e.Sequence));
            // One account, one partition: the consistent-hash exchange hashed the partition-key header.
            Assert.Single(calls.Where(c => ((AccountEntry)c.Message).Account == account).Select(c => c.Queue).Distinct());
        }

        Assert.True(calls.Select(c => c.Queue).Distinct().Count() > 1, "every account hashed to the same partition");
    }

    [Fact]
    public async Task Ids_the_caller_fixes_reach_the_handler_and_the_wire_through_the_publisher_and_through_the_bus()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await Broker.BindTapAsync(vhost.Name, "fixed-id-tap", "rmq.order-placed");
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var viaPublisher = new PublishOptions { MessageId = Guid.NewGuid(), CorrelationId = Guid.NewGuid(), ConversationId = Guid.NewGuid() };
        var viaBus = new PublishOptions { MessageId = Guid.NewGuid(), CorrelationId = Guid.NewGuid(), ConversationId = Guid.NewGuid() };
        var onlyId = Guid.NewGuid();

        var before = DateTime.UtcNow;
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "publisher", 1m), viaPublisher);
        await bus.Bus.Publish(new OrderPlaced(Guid.NewGuid(), "bus", 2m), context =>
        {
            context.MessageId = viaBus.MessageId;
            context.CorrelationId = viaBus.CorrelationId;
            context.ConversationId = viaBus.ConversationId;
        });
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "id only", 3m), new PublishOptions { MessageId = onlyId });

        var calls = await probe.WaitAsync("orders", 3);
        CallMetadata Of(string customer) => calls.Single(c => ((OrderPlaced)c.Message).Customer == customer).Metadata;
        Assert.Equal((viaPublisher.MessageId, viaPublisher.CorrelationId, viaPublisher.ConversationId), (Of("publisher").MessageId, Of("publisher").CorrelationId, Of("publisher").ConversationId));
        Assert.Equal((viaBus.MessageId, viaBus.CorrelationId, viaBus.ConversationId), (Of("bus").MessageId, Of("bus").CorrelationId, Of("bus").ConversationId));
        Assert.Equal((onlyId, (Guid?)null, onlyId), (Of("id only").MessageId, Of("id only").CorrelationId, Of("id only").ConversationId));
        // A random id does not carry the sent time as a NewId does; the SentTime header does.
        Assert.All(calls, c => Assert.InRange(c.Metadata.SentTime!.Value, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1)));

        // On the wire, for any AMQP client: the ids in the message_id and correlation_id properties, both paths alike.
        var wire = await Broker.TakeAsync(vhost.Name, "fixed-id-tap", 3);
        string? Property(BrokerMessage message, string name) => message.Properties.TryGetProperty(name, out var value) ? value.GetString() : null;
        var messageIds = wire.Select(m => Property(m, "message_id")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { viaPublisher.MessageId, viaBus.MessageId, onlyId }.Select(id => id.ToString()).Order(StringComparer.Ordinal), messageIds);
        var correlationIds = wire.Select(m => Property(m, "correlation_id")).Where(id => id is not null).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { viaPublisher.CorrelationId, viaBus.CorrelationId }.Select(id => id.ToString()).Order(StringComparer.Ordinal), correlationIds);
    }

    [Fact]
    public async Task A_publish_retried_with_the_same_options_delivers_copies_with_the_same_id()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var options = new PublishOptions { MessageId = Guid.NewGuid() };
        var order = new OrderPlaced(Guid.NewGuid(), "retried", 1m);

        await publisher.PublishAsync(order, options);
        await publisher.PublishAsync(order, options);

        var calls = await probe.WaitAsync("orders", 2);
        Assert.All(calls, c => Assert.Equal(options.MessageId, c.Metadata.MessageId));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync(order, new PublishOptions { CorrelationId = Guid.Empty }));
        Assert.Contains("PublishOptions.CorrelationId is Guid.Empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_concurrent_publishes_are_each_handled_once()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var orders = Enumerable.Range(0, 500).Select(i => new OrderPlaced(Guid.NewGuid(), $"customer-{i}", i)).ToList();

        // All at once, from many threads: one channel, its confirms tracked per publish.
        await Task.WhenAll(orders.Select(order => Task.Run(() => publisher.PublishAsync(order))));

        var calls = await probe.WaitAsync("orders", orders.Count);
        Assert.Equal(orders.Select(o => o.OrderId).Order(), calls.Select(c => ((OrderPlaced)c.Message).OrderId).Order());
    }

    [Fact]
    public async Task A_publish_after_the_broker_closed_the_channel_opens_another_and_declares_the_exchange_again()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "first", 1m));
        await probe.WaitOneAsync("orders");

        // Someone deletes the exchange: the next publish to it makes the broker close the channel (404 NOT_FOUND).
        await Broker.DeleteExchangeAsync(vhost.Name, "rmq.order-placed");
        var refused = await Record.ExceptionAsync(async () =>
        {
            // The channel may take a publish or two before the broker's close arrives.
            for (var i = 0; i < 50; i++)
            {
                await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "lost", 2m));
            }
        });
        Assert.NotNull(refused);
        Assert.Contains("NOT_FOUND", refused.ToString(), StringComparison.Ordinal);

        // The next publish opens a new channel and declares the exchange again; a queue bound to it now receives it.
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "redeclare", 3m));
        Assert.Equal("fanout", (await Broker.GetExchangeAsync(vhost.Name, "rmq.order-placed"))!.Value.GetProperty("type").GetString());
        await Broker.BindTapAsync(vhost.Name, "publisher-tap", "rmq.order-placed");
        var again = new OrderPlaced(Guid.NewGuid(), "again", 4m);
        await publisher.PublishAsync(again);
        var wire = await Broker.TakeOneAsync(vhost.Name, "publisher-tap");
        Assert.Equal(again, Serialization.WireSerializer.Deserialize<OrderPlaced>(wire.Body));
    }

    [Fact]
    public async Task A_publish_after_the_broker_closed_the_connection_connects_again()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o => o.ConnectionName = "reconnecting");
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "before", 1m));
        await probe.WaitOneAsync("orders");

        // The management API lists a connection a few seconds after it opens.
        var closed = 0;
        for (var i = 0; i < 100 && closed == 0; i++)
        {
            await Task.Delay(200);
            closed = await Broker.CloseConnectionsAsync(vhost.Name, "reconnecting (publisher)");
        }

        Assert.Equal(1, closed);

        // Until the close reaches the client a publish may still go to the closing channel and fail; then the next one
        // opens a new connection. Nothing is retried behind the caller's back: each failure is a publish's exception.
        var after = new OrderPlaced(Guid.NewGuid(), "after", 2m);
        var failures = 0;
        for (var published = false; !published;)
        {
            try
            {
                await publisher.PublishAsync(after);
                published = true;
            }
            catch (Exception exception) when (exception is AlreadyClosedException or OperationInterruptedException && ++failures < 20)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(after, (await probe.WaitOneAsync("orders", c => ((OrderPlaced)c.Message).OrderId == after.OrderId)).Message);
    }

    [Fact]
    public async Task A_type_that_is_not_a_registered_message_is_refused_naming_it()
    {
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();

        // MSG0212 reports this call at build time; the test is of the run-time check behind it.
#pragma warning disable MSG0212
        var error = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync(new NotAMessage("x")));
#pragma warning restore MSG0212

        Assert.Contains("NotAMessage is not a message registered on the bus", error.Message, StringComparison.Ordinal);
        Assert.Contains("[Message]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_broker_fails_each_publish_at_the_publish_timeout_naming_host_virtual_host_and_cause()
    {
        // Nothing listens on port 1; the publisher connects on the first publish, so the container builds.
        var timeout = TimeSpan.FromSeconds(2);
        await using var provider = UnreachablePublisher(timeout);
        var publisher = provider.GetRequiredService<IMessagePublisher>();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<TimeoutException>(() => publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "nobody", 1m)))
                .WaitAsync(TimeSpan.FromSeconds(120));
            // It kept trying for the whole timeout, and says where and why it gave up.
            Assert.True(started.Elapsed >= timeout, $"gave up after {started.Elapsed}, before the publish timeout {timeout}");
            Assert.Contains($"host {Broker.Host}:1", error.Message, StringComparison.Ordinal);
            Assert.Contains($"virtual host '{vhost.Name}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("PublishTimeout (00:00:02)", error.Message, StringComparison.Ordinal);
            Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
            Assert.IsType<BrokerUnreachableException>(error.InnerException);
        }
    }

    [Fact]
    public async Task Publishes_arriving_during_a_connection_attempt_wait_for_that_one_attempt()
    {
        // A listener that accepts connections and never answers: the first attempt stays under way, so the other publishes
        // arrive during it whatever the load. Each fails at its PublishTimeout; the listener counts the attempts.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var connections = new System.Collections.Concurrent.ConcurrentBag<System.Net.Sockets.TcpClient>();
        var firstAccepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    connections.Add(await silent.AcceptTcpClientAsync());
                    firstAccepted.TrySetResult();
                }
            }
            catch (System.Net.Sockets.SocketException)
            {
                // The listener stopped.
            }
            catch (ObjectDisposedException)
            {
                // Likewise.
            }
        });
        await using var provider = UnreachablePublisher(TimeSpan.FromSeconds(2), ((System.Net.IPEndPoint)silent.LocalEndpoint).Port);
        var publisher = provider.GetRequiredService<IMessagePublisher>();

        var first = publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "nobody", 1m));
        await firstAccepted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var together = Enumerable.Range(0, 9).Select(_ => publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "nobody", 1m))).Prepend(first).ToList();
        foreach (var publish in together)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => publish).WaitAsync(TimeSpan.FromSeconds(60));
        }

        // One attempt for all ten, not ten attempts one after the other.
        Assert.Single(connections);
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    private ServiceProvider UnreachablePublisher(TimeSpan publishTimeout, int port = 1)
    {
        var services = new ServiceCollection();
        services.AddMessaging(bus => bus.AddMessagingRabbitMqTests()).UseRabbitMq(o =>
        {
            o.Host = Broker.Host;
            o.Port = port;
            o.VirtualHost = vhost.Name;
            o.PublishTimeout = publishTimeout;
        });
        return services.BuildServiceProvider();
    }

    private sealed record NotAMessage(string Text);
}
