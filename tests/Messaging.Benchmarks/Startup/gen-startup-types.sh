#!/usr/bin/env bash
# Writes the 500 message types and handlers of the start-up benchmark, once for each side, deterministically:
#   Handlers/StartupTypes.cs   [Message] records and [Handler] methods (one queue each) for the generated registration
#   Consumers/StartupTypes.cs  plain records and hand-written IConsumer<T> classes for AddConsumers(assembly)
# The two sets have the same shapes and count; only the way they are wired to MassTransit differs.
# Usage: ./gen-startup-types.sh [count]   (default 500; the output is committed, re-run only to change it)
set -euo pipefail
count="${1:-500}"
dir="$(cd "$(dirname "$0")" && pwd)"
last=$((count - 1))

{
  echo "// Written by ../gen-startup-types.sh ${count}; do not edit by hand, re-run the script."
  echo "using System;"
  echo "using Messaging;"
  echo ""
  echo "namespace Messaging.Benchmarks.Startup.Handlers;"
  echo ""
  for i in $(seq 0 "$last"); do
    n=$(printf '%03d' "$i")
    echo "[Message] public sealed record M${n}(Guid Id, int Value, string Text);"
  done
  echo ""
  echo "/// <summary>One static handler per message type, each on its own queue (as ConfigureEndpoints gives the consumers).</summary>"
  echo "public static class StartupHandlers"
  echo "{"
  for i in $(seq 0 "$last"); do
    n=$(printf '%03d' "$i")
    echo "    [Handler(Queue = \"startup-m${n}\")] public static void Handle${n}(M${n} message) => Probe.Consumed(message.Value);"
  done
  echo "}"
} > "$dir/Handlers/StartupTypes.cs"

{
  echo "// Written by ../gen-startup-types.sh ${count}; do not edit by hand, re-run the script."
  echo "using System;"
  echo "using System.Threading.Tasks;"
  echo "using MassTransit;"
  echo ""
  echo "namespace Messaging.Benchmarks.Startup.Consumers;"
  echo ""
  for i in $(seq 0 "$last"); do
    n=$(printf '%03d' "$i")
    echo "public sealed record M${n}(Guid Id, int Value, string Text);"
  done
  echo ""
  for i in $(seq 0 "$last"); do
    n=$(printf '%03d' "$i")
    echo "public sealed class M${n}Consumer : IConsumer<M${n}> { public Task Consume(ConsumeContext<M${n}> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }"
  done
} > "$dir/Consumers/StartupTypes.cs"

echo "wrote ${count} messages and handlers to $dir/Handlers and $dir/Consumers"
