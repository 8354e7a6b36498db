#!/usr/bin/python3
"""Listens to the Shop sample from Python: decodes every field of the orders and invoices it publishes.

    dotnet run --project samples/Shop -- --transport rabbitmq      # the .NET side, in another terminal
    /usr/bin/python3 samples/python/consumer.py

The consumer owns its queue (python-shop-watcher) and binds it to the exchanges of the messages it wants; each
[Message] name is an exchange. It dispatches on the MT-MessageType header. The C# contracts it mirrors:

    [Message("shop.order-placed")]
    public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total, string CustomerId,
                                     IReadOnlyList<OrderLine> Lines, DateTime PlacedAt);
    [Message] public sealed record OrderLine(string Sku, int Quantity, decimal Price);
    [Message("shop.invoice-created")]
    public sealed record InvoiceCreated(Guid OrderId, string InvoiceNumber, decimal Amount, string CustomerId);
"""

import argparse
import dataclasses
import datetime
import decimal
import sys
import uuid

import pika

import messaging_wire as wire


@dataclasses.dataclass(frozen=True)
class OrderLine:
    sku: str
    quantity: int
    price: decimal.Decimal

    @staticmethod
    def read(fields):
        sku, quantity, price = fields[:3]  # [:n]: a newer producer may have added fields at the end
        return OrderLine(sku, quantity, wire.as_decimal(price))


@dataclasses.dataclass(frozen=True)
class OrderPlaced:
    order_id: uuid.UUID
    region: str
    total: decimal.Decimal
    customer_id: str
    lines: list
    placed_at: datetime.datetime

    @staticmethod
    def read(fields):
        order_id, region, total, customer_id, lines, placed_at = fields[:6]
        return OrderPlaced(wire.as_uuid(order_id), region, wire.as_decimal(total), customer_id,
                           [OrderLine.read(line) for line in lines or []], placed_at)


@dataclasses.dataclass(frozen=True)
class InvoiceCreated:
    order_id: uuid.UUID
    invoice_number: str
    amount: decimal.Decimal
    customer_id: str

    @staticmethod
    def read(fields):
        order_id, invoice_number, amount, customer_id = fields[:4]
        return InvoiceCreated(wire.as_uuid(order_id), invoice_number, wire.as_decimal(amount), customer_id)


# The exchange of each message (its [Message] name), and how to read it, by MT-MessageType.
MESSAGES = {
    wire.message_urn("Shop.Contracts", "OrderPlaced"): ("shop.order-placed", OrderPlaced.read),
    wire.message_urn("Shop.Contracts", "InvoiceCreated"): ("shop.invoice-created", InvoiceCreated.read),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="amqp://guest:guest@localhost:5672/%2F",
                        help="the broker, virtual host included (%%2F is '/')")
    parser.add_argument("--queue", default="python-shop-watcher")
    parser.add_argument("--count", type=int, default=0, help="stop after this many messages (0: run until Ctrl+C)")
    args = parser.parse_args()

    connection = pika.BlockingConnection(pika.URLParameters(args.url))
    channel = connection.channel()
    channel.queue_declare(args.queue, durable=True)
    for exchange, _ in MESSAGES.values():
        try:
            # "#" matches every routing key on a topic exchange; fanout exchanges ignore it.
            channel.queue_bind(args.queue, exchange, routing_key="#")
        except pika.exceptions.ChannelClosedByBroker as error:
            # 404: the .NET services declare a message's exchange when they start (for the messages they consume)
            # or first publish it; until then there is nothing to bind to.
            sys.exit(f"cannot bind to the {exchange} exchange: {error.reply_text}. Start the Shop first.")
    channel.basic_qos(prefetch_count=16)
    print(f"waiting on {args.queue} for {', '.join(e for e, _ in MESSAGES.values())}", flush=True)

    received = 0
    for method, properties, body in channel.consume(args.queue):
        try:
            message = wire.read(properties, body)
            _, decode = MESSAGES[message.message_type]
            print(f"{message.message_type} {message.message_id}: {decode(message.fields)}", flush=True)
        except (wire.WireError, KeyError, ValueError, TypeError) as error:
            # Not ours, or not readable: reject without requeue (dead-lettered if the queue has a dead-letter
            # exchange) rather than loop on it.
            print(f"rejected a message: {error!r}", file=sys.stderr, flush=True)
            channel.basic_reject(method.delivery_tag, requeue=False)
            continue
        channel.basic_ack(method.delivery_tag)
        received += 1
        if args.count and received >= args.count:
            break
    channel.cancel()
    connection.close()


if __name__ == "__main__":
    main()
