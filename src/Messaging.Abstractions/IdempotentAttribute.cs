using System;

namespace Messaging;

/// <summary>
/// Handles each message at most once per queue, however often the broker delivers it: a message whose id this handler's
/// queue has already handled successfully is acknowledged without calling the handler again. Redeliveries after a
/// lost acknowledgement, a consumer crash or a broker restart, and a publish retried under the same message id, then
/// have no second effect.
/// </summary>
/// <remarks>
/// <para>
/// What "once" covers depends on the inbox store the application registers (see <c>docs/reliability.md</c>): the
/// default in-memory store remembers the ids of one process for a bounded time; the PostgreSQL inbox
/// (<c>Messaging.Postgres</c>) records the id in the same transaction as the handler's own database work, so the two
/// commit or roll back together; the Redis store (<c>Messaging.Redis</c>) shares ids between processes but is not
/// transactional with the handler's work.
/// </para>
/// <para>
/// A failed attempt (the handler threw) leaves no record, so retries and redeliveries run the handler again. A
/// message without a message id cannot be recognised and is handled every time it is delivered.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IdempotentAttribute : Attribute
{
}
