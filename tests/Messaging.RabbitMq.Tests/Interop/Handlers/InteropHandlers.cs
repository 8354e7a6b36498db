using System;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;

namespace Messaging.RabbitMq.Tests.Interop.Handlers;

// The .NET side of the Python interop tests: handlers as a user writes them.

public sealed class EverythingHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "interop-everything")]
    public void Handle(Everything message, ConsumeContext<Everything> context) => probe.Report("interop-everything", message, context, bus);

    /// <summary>Answers a Python requester: the returned message is the response, since the query was a request.</summary>
    [Handler(Queue = "interop-queries")]
    public EverythingAnswer Answer(EverythingQuery query, ConsumeContext<EverythingQuery> context)
    {
        probe.Report("interop-queries", query, context, bus);
        return new EverythingAnswer("echo: " + query.Text, query.Text.Length, AnsweredBy);
    }

    /// <summary>Who answered <see cref="EverythingQuery"/>: a fixed id the test recognizes.</summary>
    public static readonly Guid AnsweredBy = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
}

public sealed class ShopSampleHandlers(HandlerProbe probe, BusTag bus)
{
    /// <summary>Receives what samples/python/producer.py places, with the Shop sample's own contract.</summary>
    [Handler(Queue = "interop-shop-billing")]
    public void Handle(Shop.Contracts.OrderPlaced order, ConsumeContext<Shop.Contracts.OrderPlaced> context) =>
        probe.Report("interop-shop-billing", order, context, bus);

    /// <summary>As the Shop's shipping handler does, consumes invoices: so their exchange exists once the bus has started.</summary>
    [Handler(Queue = "interop-shop-shipping")]
    public void Handle(Shop.Contracts.InvoiceCreated invoice, ConsumeContext<Shop.Contracts.InvoiceCreated> context) =>
        probe.Report("interop-shop-shipping", invoice, context, bus);
}
