#!/usr/bin/python3
"""Places orders in the Shop sample from Python: publishes Shop.Contracts.OrderPlaced as MessagePack.

    dotnet run --project samples/Shop -- --transport rabbitmq      # the .NET side, in another terminal
    /usr/bin/python3 samples/python/producer.py --count 3

The Billing handler of the Shop receives each order as a typed OrderPlaced record. The C# contract this mirrors:

    [Message("shop.order-placed")]
    public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total,
                                     [property: PartitionKey] string CustomerId, IReadOnlyList<OrderLine> Lines,
                                     DateTime PlacedAt);
    [Message] public sealed record OrderLine(string Sku, int Quantity, decimal Price);
"""

import argparse
import datetime
import decimal
import sys
import uuid

import pika

import messaging_wire as wire

ORDER_PLACED = wire.message_urn("Shop.Contracts", "OrderPlaced")
ORDER_PLACED_EXCHANGE = "shop.order-placed"  # the [Message] name is the exchange


def order_placed(order_id, region, customer_id, lines, placed_at):
    """The fields of an OrderPlaced, in key order. A line is (sku, quantity, price)."""
    total = sum((quantity * price for _, quantity, price in lines), decimal.Decimal("0.00"))
    return [order_id, region, total, customer_id, [[sku, quantity, price] for sku, quantity, price in lines], placed_at]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="amqp://guest:guest@localhost:5672/%2F",
                        help="the broker, virtual host included (%%2F is '/')")
    parser.add_argument("--count", type=int, default=1, help="how many orders to place")
    parser.add_argument("--region", default="eu.west", help="the routing key of each order (the Shop audits eu.* keys)")
    parser.add_argument("--customer", default="c-42")
    args = parser.parse_args()

    connection = pika.BlockingConnection(pika.URLParameters(args.url))
    try:
        channel = connection.channel()
        # Publisher confirms: basic_publish returns once the broker has the message, and raises if no queue took it.
        channel.confirm_delivery()
        for n in range(args.count):
            lines = [("SKU-1", 2, decimal.Decimal("19.95")), ("SKU-2", 1, decimal.Decimal(f"{90 + n}.00"))]
            order_id = uuid.uuid4()
            fields = order_placed(order_id, args.region, args.customer, lines, datetime.datetime.now(datetime.timezone.utc))
            # The routing key is the [RoutingKey] member, so bindings such as "eu.*" on a topic exchange apply; the
            # partition key header is the [PartitionKey] member, so one customer's orders are handled in order.
            wire.publish(channel, ORDER_PLACED_EXCHANGE, ORDER_PLACED, fields, routing_key=args.region, partition_key=args.customer)
            print(f"placed order {order_id} for {args.customer} in {args.region}: {fields[2]} EUR", flush=True)
    except pika.exceptions.UnroutableError:
        sys.exit(f"no queue is bound to the {ORDER_PLACED_EXCHANGE} exchange for key {args.region!r}: is the Shop running?")
    except pika.exceptions.ChannelClosedByBroker as error:
        # 404: the exchange does not exist yet; the .NET service declares it when it starts.
        sys.exit(f"the broker refused the publish: {error.reply_text}. Start the Shop first, it declares the exchanges.")
    finally:
        connection.close()


if __name__ == "__main__":
    main()
