using System;

namespace Messaging;

/// <summary>
/// A service registered under a key (<c>AddKeyedScoped&lt;ITaxTable, EuTaxTable&gt;("eu")</c>), as a handler's
/// <c>[FromKeyedServices("eu")]</c> parameter asks for it.
/// </summary>
/// <param name="Type">The service type.</param>
/// <param name="Key">The key it is registered under.</param>
public readonly record struct KeyedServiceRequirement(Type Type, object Key);
