using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Parser;

/// <summary>The names the handler pipeline derives: default queues, the registration's identifiers, entity-name checks.</summary>
internal static class MessagingNames
{
    /// <summary>The fallback when an assembly name has no identifier characters at all.</summary>
    public const string FallbackAssemblyName = "Messages";

    /// <summary><paramref name="name"/> in kebab case: <c>BillingHandlers</c> → <c>billing-handlers</c>, <c>HTTPRelay</c> → <c>http-relay</c>.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A word starts at an upper-case letter after a lower-case one or a digit, and at the last capital of
                // an acronym followed by a lower-case letter (the "R" of "HTTPRelay").
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (i > 0 && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The assembly name as an identifier fragment: characters that cannot be in an identifier are dropped and the
    /// next one is upper-cased, so <c>Shop.Billing</c> and <c>shop-billing</c> both give <c>ShopBilling</c>.
    /// </summary>
    public static string SanitizeAssemblyName(string assemblyName)
    {
        var builder = new StringBuilder(assemblyName.Length);
        var upperNext = true;
        foreach (var c in assemblyName)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.Length == 0 ? FallbackAssemblyName : builder.ToString();
    }

    /// <summary>The name of the generated extension class, valid even when the sanitized name starts with a digit.</summary>
    public static string GetExtensionClassName(string sanitizedName) =>
        (SyntaxFacts.IsIdentifierStartCharacter(sanitizedName[0]) ? string.Empty : "_") + sanitizedName + "MessagingBuilderExtensions";

    /// <summary>AMQP 0-9-1 carries queue and exchange names as short strings: at most 255 bytes of UTF-8.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>
    /// The longest name RabbitMQ derives from a handler queue's: <c>{queue}_dead-letter</c> (also <c>_error</c> and
    /// <c>_skipped</c>, shorter), or a partition <c>{queue}.partition-{n}</c>.
    /// </summary>
    public static int QueueSuffixBytes(bool partitioned, int partitionCount)
    {
        const int deadLetter = 12; // "_dead-letter"
        if (!partitioned)
        {
            return deadLetter;
        }

        var partition = ".partition-".Length + (partitionCount <= 0 ? 8 : partitionCount - 1).ToString(CultureInfo.InvariantCulture).Length;
        return partition > deadLetter ? partition : deadLetter;
    }

    /// <summary>
    /// What a broker or MassTransit refuses about a queue or entity name, or <see langword="null"/> when nothing is:
    /// characters outside the pattern, the reserved <c>amq.</c> prefix, or more than 255 bytes of UTF-8 once the
    /// longest name derived from it (<paramref name="suffixBytes"/> more) is counted.
    /// </summary>
    public static string? DescribeInvalidName(string? name, int suffixBytes)
    {
        if (!IsValidEntityName(name))
        {
            return "must be non-empty and contain only letters, digits, '_', '-', '.' and ':'";
        }

        if (name!.StartsWith("amq.", StringComparison.Ordinal))
        {
            return "starts with 'amq.', which RabbitMQ reserves for its own exchanges and queues (declaring one is refused with ACCESS_REFUSED)";
        }

        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes + suffixBytes > MaxNameBytes)
        {
            return suffixBytes == 0
                ? string.Format(CultureInfo.InvariantCulture, "is {0} bytes of UTF-8, and AMQP names are at most {1} bytes", bytes, MaxNameBytes)
                : string.Format(CultureInfo.InvariantCulture, "is {0} bytes of UTF-8, and the names RabbitMQ derives from it (its _dead-letter, _error and partition queues, {1} bytes longer) must fit AMQP's {2}; use at most {3} bytes",
                    bytes, suffixBytes, MaxNameBytes, MaxNameBytes - suffixBytes);
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a queue or entity name every MassTransit transport accepts: letters, digits,
    /// <c>_</c>, <c>-</c>, <c>.</c> and <c>:</c> — the pattern MassTransit's RabbitMQ transport validates at start-up
    /// (<c>^[\w\p{L}\-_\.:]+$</c>).
    /// </summary>
    public static bool IsValidEntityName(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is '-' or '.' or ':')
            {
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
