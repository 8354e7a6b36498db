using System;

namespace Messaging.Serialization;

/// <summary>
/// Names the generated class that registers an assembly's MessagePack formatters. The source generator writes it into
/// every assembly with <c>[Message]</c> types; the generator of an assembly that references it reads it at compile time
/// and calls the class's <c>Register()</c> from its own module initializer, so a service finds the formatters of a
/// contracts assembly (referenced as a project or as a package) before it runs any code, without reflection.
/// </summary>
/// <param name="registration">The generated registration class, with a public static <c>Register()</c> method.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class WireFormattersRegistrationAttribute(Type registration) : Attribute
{
    /// <summary>The generated registration class.</summary>
    public Type Registration { get; } = registration;
}
