using System.Collections.Generic;
using System.Globalization;
using Messaging.Generators.ContractLock;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0500: a lock file that is not the JSON the update command writes is an error where it goes wrong.</summary>
public sealed class MSG0500InvalidContractLockTests
{
    [Fact]
    public void A_trailing_comma_is_an_error_at_the_character_after_it()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(Before, """
            {
              "version": 1,
              "messages": [
                { "type": "Shop.Contracts.OrderShipped", "entity": "shop.order-shipped", "fields": [], {|MSG0500:}|}
              ]
            }
            """));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"The contract lock '{ContractLockHarness.LockPath}' is not valid: unexpected '}}'; expected a property name in double quotes; fix it by hand, or delete it and run 'dotnet build -p:UpdateMessagingContract=true' to write it again",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("""{ "version": 1, "messages": [] } {|MSG0500:/|}/ a comment""", "unexpected '/' (comments are not allowed in the lock) after the end of the lock")]
    [InlineData("""{ "version": {|MSG0500:2|}, "messages": [] }""", "\"version\" must be 1, the lock format this version of Messaging reads")]
    [InlineData("""{ "version": 1, "messages": [], {|MSG0500:"extra"|}: true }""", "unknown property \"extra\" in the lock; expected only \"version\", \"messages\"")]
    [InlineData("""{ "version": 1, {|MSG0500:"version"|}: 1, "messages": [] }""", "property 'version' appears twice in the same object")]
    [InlineData("""{|MSG0500:{|} "messages": [] }""", "the lock has no \"version\" property")]
    [InlineData("""{ "version": 1, "messages": {|MSG0500:{}|} }""", "\"messages\" must be an array of message objects, not an object")]
    [InlineData("""{ "version": 1, "messages": [ { "type": "A.B", "entity": null, "fields": [ { "index": {|MSG0500:1.5|}, "name": "X", "wire": "int32" } ] } ] }""", "'1.5' is not a whole number the lock can hold (no fraction, exponent or leading zero, at most 2147483647)")]
    [InlineData("""{ "version": 1, "messages": [ { "type": "A.B", "entity": null, "fields": [ { "index": {|MSG0500:-1|}, "name": "X", "wire": "int32" } ] } ] }""", "\"index\" of a field of 'A.B' must be a non-negative whole number")]
    [InlineData("""{ "version": 1, "messages": [ { "type": "A.B", "entity": null, "fields": [ { "index": 0, "name": "X", "wire": "int32" }, {|MSG0500:{ "index": 0, "name": "Y", "wire": "int32" }|} ] } ] }""", "two fields of 'A.B' have index 0")]
    [InlineData("""{ "version": 1, "messages": [ { "type": "A.B", "entity": null, "fields": [] }, { "type": {|MSG0500:"A.B"|}, "entity": null, "fields": [] } ] }""", "message 'A.B' appears twice")]
    [InlineData("""{ "version": 1, "messages": [ { "type": {|MSG0500:""|}, "entity": null, "fields": [] } ] }""", "\"type\" of a message must not be empty")]
    [InlineData("""{ "version": 1, "messages": [ { "type": "A.B", "entity": {|MSG0500:7|}, "fields": [] } ] }""", "\"entity\" of a message (or null) must be a string, not a number")]
    [InlineData("""{ "version": 1, "messages": [ { "type": {|MSG0500:"|}A.B""", "a string is not closed (no ending '\"' before the end of the file)")]
    [InlineData("""{|MSG0500:|}""", "unexpected end of the file; expected a value")]
    public void An_invalid_lock_is_an_error_at_the_offending_spot(string lockMarkup, string problem)
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(Before, lockMarkup));

        Assert.Equal(
            $"The contract lock '{ContractLockHarness.LockPath}' is not valid: {problem}; fix it by hand, or delete it and run 'dotnet build -p:UpdateMessagingContract=true' to write it again",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_lock_with_a_byte_order_mark_and_crlf_line_ends_is_read()
    {
        Assert.Empty(ContractLockHarness.Analyze(Before, "\uFEFF" + BeforeLock.Replace("\n", "\r\n", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void While_the_lock_is_being_updated_nothing_is_reported_even_for_an_invalid_lock()
    {
        var updating = new Dictionary<string, string> { [ContractLockAnalyzer.UpdateProperty] = "true" };

        Assert.Empty(ContractLockHarness.Analyze(Header + "[Message] public sealed record Other(int Value);", "not json", updating));
    }

    [Fact]
    public void A_lock_with_another_name_is_found_by_its_metadata()
    {
        var marked = new Dictionary<string, string> { [ContractLockAnalyzer.LockMetadata] = "true" };

        var diagnostic = Assert.Single(ContractLockHarness.Analyze(Before, "[]", lockOptions: marked, lockPath: "/project/contracts/orders.lock.json"));
        Assert.Equal("MSG0500", diagnostic.Id);
        Assert.Equal("/project/contracts/orders.lock.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void An_additional_file_that_is_not_the_lock_is_ignored()
    {
        Assert.Empty(ContractLockHarness.Analyze(Before, "not json", lockPath: "/project/notes.json"));
    }
}
