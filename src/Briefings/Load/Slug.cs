using System.Globalization;
using System.Text;

namespace Briefings.Load;

/// <summary>URL slugs: lowercase ASCII words joined by hyphens, diacritics folded.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0)
                    sb.Append('-');
                sb.Append(c);
                pendingHyphen = false;
            }
            // Apostrophes and the ʻokina join a word's letters ("O'Neill", "Mataʻafa", "Hawaiʻi"); they split nothing.
            else if (c is not '\'' and not '\u2019' and not '\u2018' and not '\u02BB' and not '\u02BC')
            {
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 20 ? cut : MaxLength)];
        }
        return slug;
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 200
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>Lower-cases and removes diacritics: "Erdoğan" becomes "erdogan", "Maçães" becomes "macaes", "Guðni" becomes "gudni".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is 'þ' or 'Þ')
            {
                sb.Append("th");
                continue;
            }
            sb.Append(c switch
            {
                'ı' => 'i',
                'ł' or 'Ł' => 'l',
                'ø' or 'Ø' => 'o',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                'æ' or 'Æ' => 'a',
                'ð' or 'Ð' => 'd',
                'ħ' or 'Ħ' => 'h',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }
}
