using System;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Messaging.Tests.Bus.Handlers;

/// <summary>
/// Hand-written in the shape of the generated <c>Add{Assembly}()</c>: one route per message, the handler classes
/// with factory lambdas, one consumer registration per handler method.
/// </summary>
public static class TestHandlersRegistration
{
    public const string Urn = "urn:message:Messaging.Tests.Bus.Contracts:";

    public static MessagingBuilder AddTestHandlers(this MessagingBuilder bus)
    {
        ArgumentNullException.ThrowIfNull(bus);

        bus.AddMessage(new MessageRoute<OrderPlaced>
        {
            EntityName = "tests.order-placed",
            MessageUrn = Urn + "OrderPlaced",
            Consumers = [new QueueBinding("orders", null)],
            SendQueue = "orders",
        });
        bus.AddMessage(Route<OrderLine>("OrderLine"));
        bus.AddMessage(Route<Greet>("Greet", "greetings"));
        bus.AddMessage(Route<GetQuote>("GetQuote", "quotes"));
        bus.AddMessage(Route<Quote>("Quote"));
        bus.AddMessage(Route<ShipOrder>("ShipOrder", "shipping"));
        bus.AddMessage(Route<OrderShipped>("OrderShipped", "shipping-notifications"));
        bus.AddMessage(Route<ReserveStock>("ReserveStock", "stock"));
        bus.AddMessage(Route<ChargeCard>("ChargeCard", "payments"));
        bus.AddMessage(Route<ImportFile>("ImportFile", "imports"));
        bus.AddMessage(Route<RejectOrder>("RejectOrder", "rejections"));
        bus.AddMessage(Route<Measurement>("Measurement", "measurements"));
        bus.AddMessage(new MessageRoute<RegionalOrder>
        {
            EntityName = "Messaging.Tests.Bus.Contracts:RegionalOrder",
            MessageUrn = Urn + "RegionalOrder",
            ExchangeKind = ExchangeKind.Topic,
            RoutingKey = static m => m.Region,
            Consumers =
            [
                new QueueBinding("eu-orders", "eu.*"),
                new QueueBinding("priority-orders", "#.priority"),
                new QueueBinding("all-orders", null),
            ],
        });
        bus.AddMessage(new MessageRoute<Shipment>
        {
            EntityName = "Messaging.Tests.Bus.Contracts:Shipment",
            MessageUrn = Urn + "Shipment",
            ExchangeKind = ExchangeKind.Direct,
            RoutingKey = static m => m.Lane,
            Consumers = [new QueueBinding("express-lane", "express")],
            SendQueue = "express-lane",
        });
        bus.AddMessage(new MessageRoute<CustomerActivity>
        {
            EntityName = "Messaging.Tests.Bus.Contracts:CustomerActivity",
            MessageUrn = Urn + "CustomerActivity",
            PartitionKey = static m => m.CustomerId,
            Consumers = [new QueueBinding("customers", null)],
            SendQueue = "customers",
        });
        bus.AddMessage(new MessageRoute<SensorReading>
        {
            EntityName = "Messaging.Tests.Bus.Contracts:SensorReading",
            MessageUrn = Urn + "SensorReading",
            ExchangeKind = ExchangeKind.Topic,
            RoutingKey = static m => m.Zone,
            PartitionKey = static m => m.Device,
            Consumers = [new QueueBinding("zone-a", "a.*")],
        });
        bus.AddMessage(Route<Tick>("Tick", "ticks"));

        bus.Services.TryAddScoped<OrderHandlers>(static sp => new OrderHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<GreetingHandlers>(static sp => new GreetingHandlers(sp.GetRequiredService<GreetingFormatter>(), sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<QuoteHandlers>(static sp => new QuoteHandlers(sp.GetRequiredService<IPriceList>()));
        bus.Services.TryAddScoped<ShippingNotificationHandlers>(static sp => new ShippingNotificationHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<StockHandlers>(static sp => new StockHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<PaymentHandlers>(static sp => new PaymentHandlers(sp.GetRequiredService<AttemptCounter>(), sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<ImportHandlers>(static sp => new ImportHandlers(sp.GetRequiredService<AttemptCounter>()));
        bus.Services.TryAddScoped<RejectionHandlers>(static sp => new RejectionHandlers(sp.GetRequiredService<AttemptCounter>()));
        bus.Services.TryAddScoped<MeasurementHandlers>(static sp => new MeasurementHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<RegionalOrderHandlers>(static sp => new RegionalOrderHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<ShipmentHandlers>(static sp => new ShipmentHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<CustomerActivityHandlers>(static sp => new CustomerActivityHandlers(sp.GetRequiredService<PartitionProbe>(), sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<SensorHandlers>(static sp => new SensorHandlers(sp.GetRequiredService<Observations>()));
        bus.Services.TryAddScoped<TickHandlers>(static sp => new TickHandlers(sp.GetRequiredService<ConcurrencyProbe>()));

        bus.AddConsumer<OrderHandlers_HandleConsumer, OrderPlaced>(
            new ConsumerRegistration { Queue = "orders" },
            static sp => new OrderHandlers_HandleConsumer(sp.GetRequiredService<OrderHandlers>()));
        bus.AddConsumer<GreetingHandlers_HandleConsumer, Greet>(
            new ConsumerRegistration { Queue = "greetings" },
            static sp => new GreetingHandlers_HandleConsumer(sp.GetRequiredService<GreetingHandlers>(), sp));
        bus.AddConsumer<QuoteHandlers_HandleConsumer, GetQuote>(
            new ConsumerRegistration { Queue = "quotes" },
            static sp => new QuoteHandlers_HandleConsumer(sp.GetRequiredService<QuoteHandlers>()));
        bus.AddConsumer<ShippingHandlers_HandleConsumer, ShipOrder>(
            new ConsumerRegistration { Queue = "shipping" },
            static sp => new ShippingHandlers_HandleConsumer());
        bus.AddConsumer<ShippingNotificationHandlers_HandleConsumer, OrderShipped>(
            new ConsumerRegistration { Queue = "shipping-notifications" },
            static sp => new ShippingNotificationHandlers_HandleConsumer(sp.GetRequiredService<ShippingNotificationHandlers>()));
        bus.AddConsumer<StockHandlers_HandleConsumer, ReserveStock>(
            new ConsumerRegistration { Queue = "stock" },
            static sp => new StockHandlers_HandleConsumer(sp.GetRequiredService<StockHandlers>()));
        bus.AddConsumer<PaymentHandlers_HandleConsumer, ChargeCard>(
            new ConsumerRegistration { Queue = "payments", Retry = new RetryPolicy { Kind = RetryKind.Immediate, Count = 3 } },
            static sp => new PaymentHandlers_HandleConsumer(sp.GetRequiredService<PaymentHandlers>()));
        bus.AddConsumer<ImportHandlers_HandleConsumer, ImportFile>(
            new ConsumerRegistration
            {
                Queue = "imports",
                Retry = new RetryPolicy { Kind = RetryKind.Interval, Count = 2, Interval = TimeSpan.FromMilliseconds(10) },
            },
            static sp => new ImportHandlers_HandleConsumer(sp.GetRequiredService<ImportHandlers>()));
        bus.AddConsumer<RejectionHandlers_HandleConsumer, RejectOrder>(
            new ConsumerRegistration
            {
                Queue = "rejections",
                Retry = new RetryPolicy { Kind = RetryKind.Immediate, Count = 5, Ignore = [typeof(OrderRejectedException)] },
            },
            static sp => new RejectionHandlers_HandleConsumer(sp.GetRequiredService<RejectionHandlers>()));
        bus.AddConsumer<MeasurementHandlers_HandleConsumer, Measurement>(
            new ConsumerRegistration { Queue = "measurements" },
            static sp => new MeasurementHandlers_HandleConsumer(sp.GetRequiredService<MeasurementHandlers>()));
        bus.AddConsumer<RegionalOrderHandlers_HandleEuropeConsumer, RegionalOrder>(
            new ConsumerRegistration { Queue = "eu-orders", Binding = "eu.*", ConcurrencyLimit = 1 },
            static sp => new RegionalOrderHandlers_HandleEuropeConsumer(sp.GetRequiredService<RegionalOrderHandlers>()));
        bus.AddConsumer<RegionalOrderHandlers_HandlePriorityConsumer, RegionalOrder>(
            new ConsumerRegistration { Queue = "priority-orders", Binding = "#.priority", ConcurrencyLimit = 1 },
            static sp => new RegionalOrderHandlers_HandlePriorityConsumer(sp.GetRequiredService<RegionalOrderHandlers>()));
        bus.AddConsumer<RegionalOrderHandlers_HandleAllConsumer, RegionalOrder>(
            new ConsumerRegistration { Queue = "all-orders", ConcurrencyLimit = 1 },
            static sp => new RegionalOrderHandlers_HandleAllConsumer(sp.GetRequiredService<RegionalOrderHandlers>()));
        bus.AddConsumer<ShipmentHandlers_HandleConsumer, Shipment>(
            new ConsumerRegistration { Queue = "express-lane", Binding = "express", ConcurrencyLimit = 1 },
            static sp => new ShipmentHandlers_HandleConsumer(sp.GetRequiredService<ShipmentHandlers>()));
        bus.AddConsumer<CustomerActivityHandlers_HandleConsumer, CustomerActivity>(
            new ConsumerRegistration { Queue = "customers", ConcurrencyLimit = 8 },
            static sp => new CustomerActivityHandlers_HandleConsumer(sp.GetRequiredService<CustomerActivityHandlers>()));
        bus.AddConsumer<SensorHandlers_HandleConsumer, SensorReading>(
            new ConsumerRegistration { Queue = "zone-a", Binding = "a.*", ConcurrencyLimit = 2 },
            static sp => new SensorHandlers_HandleConsumer(sp.GetRequiredService<SensorHandlers>()));
        bus.AddConsumer<TickHandlers_HandleConsumer, Tick>(
            new ConsumerRegistration { Queue = "ticks", PrefetchCount = 20, ConcurrencyLimit = 3 },
            static sp => new TickHandlers_HandleConsumer(sp.GetRequiredService<TickHandlers>()));

        return bus;
    }

    private static MessageRoute<T> Route<T>(string name, string? queue = null)
        where T : class => new()
        {
            EntityName = "Messaging.Tests.Bus.Contracts:" + name,
            MessageUrn = Urn + name,
            Consumers = queue is null ? [] : [new QueueBinding(queue, null)],
            SendQueue = queue,
        };
}
