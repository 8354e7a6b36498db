#!/usr/bin/python3
"""The pika side of `--quick rabbitmq` (PikaSide.cs): publish and consume the reference order.

Python clients usually publish with pika's BlockingChannel in confirm mode, where each basic_publish waits for
the broker's confirm: that is what this measures. One connection publishes, another (on its own thread, as pika
connections are not thread-safe) consumes with a prefetch window, decodes each body with msgpack and acks it.

Protocol on stdin/stdout, one line each, so the C# runner can interleave rounds with its other sides:
  run N   -> "ok <messages per second> <checksum>"   publish N orders, wait until all N are consumed
  quit
"""

import argparse
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import pika
    import messaging_wire as wire
except ImportError as error:
    sys.stderr.write(f"pika_bench.py needs pika and msgpack for {sys.executable}: {error}. "
                     "Install them with 'apt-get install python3-pika python3-msgpack'.\n")
    sys.exit(3)

import decimal
import uuid

ORDER = wire.message_urn("Messaging.Benchmarks", "OrderPlaced")
# ReferenceMessages.Order, field for field.
FIELDS = [
    uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e"), "eu-west", decimal.Decimal("129.90"), "customer-000042",
    [["SKU-000001", 2, decimal.Decimal("19.95")], ["SKU-000002", 1, decimal.Decimal("60.00")],
     ["SKU-000003", 10, decimal.Decimal("3.00")]],
]


class Consumer(threading.Thread):
    def __init__(self, parameters, queue, prefetch):
        super().__init__(daemon=True)
        self._connection = pika.BlockingConnection(parameters)
        channel = self._connection.channel()
        channel.basic_qos(prefetch_count=prefetch)
        channel.basic_consume(queue, self._on_message)
        self._channel = channel
        self._lock = threading.Lock()
        self._remaining = 0
        self._done = threading.Event()
        self.finished_at = 0.0
        self.checksum = 0

    def expect(self, count):
        with self._lock:
            self._done.clear()
            self._remaining = count

    def wait(self, timeout):
        return self._done.wait(timeout)

    def _on_message(self, channel, method, properties, body):
        message = wire.read(properties, body)
        order_id, region, total, customer_id, lines = message.fields[:5]
        # The same reading the .NET handlers do: every field, the decimal parsed.
        self.checksum += len(lines) + len(region) + len(customer_id) + int(wire.as_decimal(total)) + len(wire.as_uuid(order_id).hex)
        channel.basic_ack(method.delivery_tag)
        with self._lock:
            self._remaining -= 1
            if self._remaining == 0:
                self.finished_at = time.perf_counter()
                self._done.set()

    def run(self):
        self._channel.start_consuming()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--exchange", required=True)
    parser.add_argument("--queue", required=True)
    parser.add_argument("--prefetch", type=int, required=True)
    args = parser.parse_args()

    parameters = pika.URLParameters(args.url)
    connection = pika.BlockingConnection(parameters)
    channel = connection.channel()
    channel.exchange_declare(args.exchange, "fanout", durable=True)
    channel.queue_declare(args.queue, durable=True)
    channel.queue_bind(args.queue, args.exchange)
    channel.queue_purge(args.queue)
    channel.confirm_delivery()  # each basic_publish now waits for the broker's confirm

    consumer = Consumer(parameters, args.queue, args.prefetch)
    consumer.start()
    print("ready", flush=True)

    for line in sys.stdin:
        command = line.split()
        if not command or command[0] == "quit":
            break
        count = int(command[1])
        consumer.expect(count)
        start = time.perf_counter()
        for _ in range(count):
            # Built and packed per message, as a producer does for each new order.
            wire.publish(channel, args.exchange, ORDER, FIELDS)
        if not consumer.wait(300):
            print("error: timed out waiting for the consumer", flush=True)
            return 1
        print(f"ok {count / (consumer.finished_at - start):.1f} {consumer.checksum}", flush=True)
    # Leave the broker as it was found; deleting the queue also ends the consumer.
    channel.queue_delete(args.queue)
    channel.exchange_delete(args.exchange)
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
