using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Parser;

/// <summary>Writes a parameter's default value as a C# expression of the parameter's type.</summary>
internal static class ConstantFormatter
{
    /// <summary>
    /// The default value of <paramref name="parameter"/> as C# (<c>10</c>, <c>"eu"</c>, <c>1.5M</c>,
    /// <c>(global::N.Color)2</c>), or <see langword="null"/> when it has none or is the type's <c>default</c>.
    /// </summary>
    public static string? FormatDefaultValue(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not { } value)
        {
            return null;
        }

        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        var literal = FormatLiteral(value);
        if (literal is null)
        {
            return null;
        }

        return type.TypeKind == TypeKind.Enum
            ? "(" + type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName() + ")" + (literal[0] == '-' ? "(" + literal + ")" : literal)
            : literal;
    }

    /// <summary>
    /// An attribute argument as a C# expression that boxes to an equal object — the key a keyed service was registered
    /// under: <c>"eu"</c>, <c>(byte)1</c>, <c>(global::N.Region)2</c>, <c>typeof(global::N.Eu)</c>; <see langword="null"/>
    /// for a null, an array or a value generated code cannot write.
    /// </summary>
    public static string? FormatKey(TypedConstant constant)
    {
        if (constant.IsNull)
        {
            return null;
        }

        switch (constant.Kind)
        {
            case TypedConstantKind.Type when constant.Value is ITypeSymbol type:
                return "typeof(" + type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName() + ")";
            case TypedConstantKind.Enum when constant.Type is { } enumType && FormatLiteral(constant.Value!) is { } underlying:
                return "(" + enumType.ToFullyQualifiedName() + ")" + (underlying[0] == '-' ? "(" + underlying + ")" : underlying);
            case TypedConstantKind.Primitive when FormatLiteral(constant.Value!) is { } literal:
                // Literals of these types would box as int: the key must box as the registered type.
                return constant.Value switch
                {
                    sbyte => "(sbyte)" + Parenthesized(literal),
                    byte => "(byte)" + literal,
                    short => "(short)" + Parenthesized(literal),
                    ushort => "(ushort)" + literal,
                    _ => literal,
                };
            default:
                return null;
        }
    }

    private static string Parenthesized(string literal) => literal[0] == '-' ? "(" + literal + ")" : literal;

    private static string? FormatLiteral(object value)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (value)
        {
            case bool boolean:
                return boolean ? "true" : "false";
            case string text:
                return SymbolDisplay.FormatLiteral(text, quote: true);
            case char character:
                return SymbolDisplay.FormatLiteral(character, quote: true);
            case sbyte or byte or short or ushort or int:
                return ((System.IConvertible)value).ToString(invariant);
            case uint unsigned:
                return unsigned.ToString(invariant) + "U";
            case long signed:
                return signed.ToString(invariant) + "L";
            case ulong unsigned:
                return unsigned.ToString(invariant) + "UL";
            case float single:
                return float.IsNaN(single) ? "float.NaN"
                    : float.IsPositiveInfinity(single) ? "float.PositiveInfinity"
                    : float.IsNegativeInfinity(single) ? "float.NegativeInfinity"
                    : single.ToString("R", invariant) + "F";
            case double number:
                return double.IsNaN(number) ? "double.NaN"
                    : double.IsPositiveInfinity(number) ? "double.PositiveInfinity"
                    : double.IsNegativeInfinity(number) ? "double.NegativeInfinity"
                    : number.ToString("R", invariant) + "D";
            case decimal money:
                return money.ToString(invariant) + "M";
            default:
                return null;
        }
    }
}
