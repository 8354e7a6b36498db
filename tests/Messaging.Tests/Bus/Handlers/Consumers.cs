using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging.Tests.Bus.Handlers;

// Hand-written in the shape the generator emits for each handler method: an IConsumer<T> that gets the handler
// instance (and the scope's services, when a parameter is a service) and calls the method.

internal sealed class OrderHandlers_HandleConsumer(OrderHandlers handler) : IConsumer<OrderPlaced>
{
    public Task Consume(ConsumeContext<OrderPlaced> context) => handler.Handle(context.Message, context);
}

internal sealed class GreetingHandlers_HandleConsumer(GreetingHandlers handler, IServiceProvider services) : IConsumer<Greet>
{
    public Task Consume(ConsumeContext<Greet> context)
    {
        handler.Handle(context.Message, context, services.GetRequiredService<GreetingFormatter>());
        return Task.CompletedTask;
    }
}

internal sealed class QuoteHandlers_HandleConsumer(QuoteHandlers handler) : IConsumer<GetQuote>
{
    public async Task Consume(ConsumeContext<GetQuote> context)
    {
        var result = await handler.Handle(context.Message, context.CancellationToken);
        await HandlerResults.RespondOrPublishAsync<Quote>(context, result);
    }
}

internal sealed class ShippingHandlers_HandleConsumer : IConsumer<ShipOrder>
{
    public Task Consume(ConsumeContext<ShipOrder> context)
    {
        var result = ShippingHandlers.Handle(context.Message);
        return HandlerResults.RespondOrPublishAsync<OrderShipped>(context, result);
    }
}

internal sealed class ShippingNotificationHandlers_HandleConsumer(ShippingNotificationHandlers handler) : IConsumer<OrderShipped>
{
    public Task Consume(ConsumeContext<OrderShipped> context) => handler.Handle(context.Message, context);
}

internal sealed class StockHandlers_HandleConsumer(StockHandlers handler) : IConsumer<ReserveStock>
{
    public Task Consume(ConsumeContext<ReserveStock> context) => handler.Handle(context.Message, context).AsTask();
}

internal sealed class PaymentHandlers_HandleConsumer(PaymentHandlers handler) : IConsumer<ChargeCard>
{
    public Task Consume(ConsumeContext<ChargeCard> context) => handler.Handle(context.Message, context);
}

internal sealed class ImportHandlers_HandleConsumer(ImportHandlers handler) : IConsumer<ImportFile>
{
    public Task Consume(ConsumeContext<ImportFile> context) => handler.Handle(context.Message);
}

internal sealed class RejectionHandlers_HandleConsumer(RejectionHandlers handler) : IConsumer<RejectOrder>
{
    public Task Consume(ConsumeContext<RejectOrder> context)
    {
        handler.Handle(context.Message);
        return Task.CompletedTask;
    }
}

internal sealed class MeasurementHandlers_HandleConsumer(MeasurementHandlers handler) : IConsumer<Measurement>
{
    public Task Consume(ConsumeContext<Measurement> context)
    {
        handler.Handle(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class RegionalOrderHandlers_HandleEuropeConsumer(RegionalOrderHandlers handler) : IConsumer<RegionalOrder>
{
    public Task Consume(ConsumeContext<RegionalOrder> context)
    {
        handler.HandleEurope(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class RegionalOrderHandlers_HandlePriorityConsumer(RegionalOrderHandlers handler) : IConsumer<RegionalOrder>
{
    public Task Consume(ConsumeContext<RegionalOrder> context)
    {
        handler.HandlePriority(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class RegionalOrderHandlers_HandleAllConsumer(RegionalOrderHandlers handler) : IConsumer<RegionalOrder>
{
    public Task Consume(ConsumeContext<RegionalOrder> context)
    {
        handler.HandleAll(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class ShipmentHandlers_HandleConsumer(ShipmentHandlers handler) : IConsumer<Shipment>
{
    public Task Consume(ConsumeContext<Shipment> context)
    {
        handler.Handle(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class CustomerActivityHandlers_HandleConsumer(CustomerActivityHandlers handler) : IConsumer<CustomerActivity>
{
    public Task Consume(ConsumeContext<CustomerActivity> context) => handler.Handle(context.Message, context);
}

internal sealed class SensorHandlers_HandleConsumer(SensorHandlers handler) : IConsumer<SensorReading>
{
    public Task Consume(ConsumeContext<SensorReading> context)
    {
        handler.Handle(context.Message, context);
        return Task.CompletedTask;
    }
}

internal sealed class TickHandlers_HandleConsumer(TickHandlers handler) : IConsumer<Tick>
{
    public Task Consume(ConsumeContext<Tick> context) => handler.Handle(context.Message);
}
