namespace Messaging.Generators.Model;

/// <summary>How a routing- or partition-key member becomes the <c>string</c> the route's accessor returns.</summary>
internal enum KeyConversion
{
    /// <summary>A <c>string</c> member, returned as it is.</summary>
    None,

    /// <summary>A number, <c>bool</c> or <c>char</c>: <c>ToString(CultureInfo.InvariantCulture)</c>.</summary>
    InvariantCulture,

    /// <summary>A <c>DateTime</c> or <c>DateTimeOffset</c>: the ISO 8601 round-trip format, <c>ToString("O", CultureInfo.InvariantCulture)</c>.</summary>
    RoundTrip,

    /// <summary>A <c>Guid</c>, <c>TimeSpan</c> or enum, whose <c>ToString()</c> does not depend on the culture (an enum gives its name).</summary>
    CultureFree,
}
