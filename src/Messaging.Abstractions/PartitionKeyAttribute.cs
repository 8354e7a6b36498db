using System;

namespace Messaging;

/// <summary>
/// Marks the member whose value is the partition key of a message: messages with the same key are processed in
/// the order they were published, one at a time, while different keys proceed concurrently.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PartitionKeyAttribute : Attribute
{
}
