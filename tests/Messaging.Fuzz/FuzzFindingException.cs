using System;

namespace Messaging.Fuzz;

/// <summary>
/// A broken invariant that is not an exception of the code under test: an error offset outside the input, a read
/// that did not move, unbalanced nesting, a value that does not survive re-encoding, or an allocation out of
/// proportion to the input. Escaping the target, it counts as a crash like any other unexpected exception.
/// </summary>
public sealed class FuzzFindingException : Exception
{
    public FuzzFindingException()
    {
    }

    public FuzzFindingException(string message)
        : base(message)
    {
    }

    public FuzzFindingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
