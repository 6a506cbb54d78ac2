using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What an obituary page prints around the life: the guestbook's counter and its call (<c>Guestbook: 87 tributes have
/// been left. Leave your own &gt;&gt;</c>, <c>Sign the book of condolence (1,204 messages)</c>) and the link to the photo
/// gallery of the life (<c>Gallery: her life in pictures (31 photos) ›</c>). Both invite the reader elsewhere.
/// </summary>
internal static partial class ObituaryPage
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // Every form holds a colon or opens with a call ("Sign the book …", "Leave a tribute in …").
            if (b.Kind is BlockKind.Paragraph or BlockKind.ListItem && b.Text.Length <= 200 && (b.Text.Contains(':') || b.Text.StartsWith("s", StringComparison.OrdinalIgnoreCase) || b.Text.StartsWith("l", StringComparison.OrdinalIgnoreCase))
                && (Guestbook().IsMatch(b.Text) || GalleryLink().IsMatch(b.Text)))
            {
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
            }
        }
    }

    /// <summary>A guestbook's or condolence book's counter or call.</summary>
    [GeneratedRegex(@"^(?:Guestbook|Book of condolences?|Condolences|Tributes)\s*:\s*[\d,]+ (?:tributes|messages|entries|condolences|signatures)\b|^(?:Sign|Leave a message in|Leave a tribute in) the (?:guest ?book|book of condolences?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Guestbook();

    /// <summary>A link to a gallery with its count of photos: <c>Gallery: … (24 photos) ›</c>.</summary>
    [GeneratedRegex(@"^(?:Gallery|Photo gallery|Picture gallery|In pictures|Slideshow)\s*:.{1,120}\(\s*\d+ (?:photos|pictures|images)\s*\)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex GalleryLink();
}
