using HandlebarsDotNet;

namespace Briefings.Render;

/// <summary>The few helpers themes may use; everything else arrives precomputed in the view models.</summary>
internal static class ThemeHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        // {{#if (eq a b)}}: compare two values as strings.
        handlebars.RegisterHelper("eq", (context, arguments) =>
            arguments.Length == 2 && string.Equals(arguments[0]?.ToString(), arguments[1]?.ToString(), StringComparison.Ordinal));
    }
}
