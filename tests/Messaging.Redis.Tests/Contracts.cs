using System;

namespace Messaging.Redis.Tests;

/// <summary>Handled by <see cref="Shipping.Ship"/>: the plain [Idempotent] handler most tests publish to.</summary>
[Message]
public sealed record ShipOrder(Guid OrderId, string Address);

/// <summary>Handled by <see cref="Packing.Pack"/>, which holds its claim until the test opens the gate.</summary>
[Message]
public sealed record PackParcel(Guid ParcelId);

/// <summary>Handled by <see cref="Billing.Charge"/>, which fails its first attempt.</summary>
[Message]
public sealed record ChargeCard(Guid ChargeId, decimal Amount);
