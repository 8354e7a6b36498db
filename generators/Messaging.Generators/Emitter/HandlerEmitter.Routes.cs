using Messaging.Generators.Model;

namespace Messaging.Generators.Emitter;

internal static partial class HandlerEmitter
{
    // bus.AddMessage(new global::Messaging.MessageRoute<global::N.OrderPlaced>
    // {
    //     EntityName = "shop.order-placed",
    //     MessageUrn = "urn:message:N:OrderPlaced",
    //     ExchangeKind = global::Messaging.ExchangeKind.Topic,             // Direct with [Message(DirectExchange = true)]
    //     RoutingKey = static m => m.Region,                        // when the message has one
    //     RoutingHeaders = [new global::Messaging.RoutingHeader<global::N.OrderPlaced>("region", static m => m.Region)],   // [RoutingHeader] members
    //     PartitionKey = static m => m.CustomerId.ToString(...),    // when the message has one
    //     Consumers = [new global::Messaging.QueueBinding("billing", "eu.*")],   // queues of this assembly
    //     SendQueue = "billing",                                    // when exactly one queue consumes it
    // });
    private static void WriteRoute(SourceWriter writer, RouteRegistrationSpec registration)
    {
        var route = registration.Route;
        writer.WriteLine($"bus.AddMessage(new {TypeNames.MessageRoute}<{route.MessageType}>");
        writer.OpenBlock();
        writer.WriteLine($"EntityName = {Literal(route.EntityName)},");
        writer.WriteLine($"MessageUrn = {Literal(route.MessageUrn)},");
        var exchangeKind = route.RoutingHeaders.Count > 0 ? "Headers" : route.RoutingKey is null ? "Fanout" : route.DirectExchange ? "Direct" : "Topic";
        writer.WriteLine($"ExchangeKind = {TypeNames.ExchangeKind}.{exchangeKind},");
        if (route.RoutingKey is { } routingKey)
        {
            writer.WriteLine($"RoutingKey = {WriteKeyAccessor(routingKey)},");
        }

        if (route.RoutingHeaders.Count > 0)
        {
            writer.WriteLine("RoutingHeaders =");
            writer.WriteLine("[");
            writer.Indentation++;
            for (var i = 0; i < route.RoutingHeaders.Count; i++)
            {
                var header = route.RoutingHeaders[i];
                writer.WriteLine($"new {TypeNames.RoutingHeader}<{route.MessageType}>({Literal(header.Name)}, {WriteKeyAccessor(header.Accessor)}),");
            }

            writer.Indentation--;
            writer.WriteLine("],");
        }

        if (route.PartitionKey is { } partitionKey)
        {
            writer.WriteLine($"PartitionKey = {WriteKeyAccessor(partitionKey)},");
        }

        var consumers = registration.Consumers;
        if (consumers.Count == 1)
        {
            writer.WriteLine($"Consumers = [{WriteQueueBinding(consumers[0])}],");
        }
        else if (consumers.Count > 1)
        {
            writer.WriteLine("Consumers =");
            writer.WriteLine("[");
            writer.Indentation++;
            foreach (var consumer in consumers)
            {
                writer.WriteLine(WriteQueueBinding(consumer) + ",");
            }

            writer.Indentation--;
            writer.WriteLine("],");
        }

        if (registration.SendQueue is not null)
        {
            writer.WriteLine($"SendQueue = {Literal(registration.SendQueue)},");
        }

        writer.CloseBlock(");");
    }

    private static string WriteQueueBinding(QueueBindingSpec binding) =>
        $"new {TypeNames.QueueBinding}({Literal(binding.Queue)}, {Literal(binding.Pattern)})";

    // static m => m.Region                                              a string
    // static m => m.Region ?? string.Empty                              a string?
    // static m => m.Total.ToString(CultureInfo.InvariantCulture)        a number, bool or char
    // static m => m.Day.ToString("O", CultureInfo.InvariantCulture)     a DateTime or DateTimeOffset
    // static m => m.Id.ToString()                                       a Guid, TimeSpan or enum
    // static m => m.Total?.ToString(...) ?? string.Empty                a Nullable<T> of those
    private static string WriteKeyAccessor(KeyAccessorSpec key)
    {
        var member = "m." + key.MemberIdentifier;
        var access = key.IsNullable && key.Conversion != KeyConversion.None ? "?." : ".";
        var value = key.Conversion switch
        {
            KeyConversion.InvariantCulture => $"{member}{access}ToString({TypeNames.InvariantCulture})",
            KeyConversion.RoundTrip => $"{member}{access}ToString(\"O\", {TypeNames.InvariantCulture})",
            KeyConversion.CultureFree => $"{member}{access}ToString()",
            _ => member,
        };
        return "static m => " + value + (key.IsNullable ? " ?? string.Empty" : string.Empty);
    }
}
