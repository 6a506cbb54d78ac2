using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A foreign page translated in the browser (Chrome's "Translate to English", the Google Translate widget) and then
/// saved: the translator's own furniture is saved with it. Its banner frame, and the tooltip that shows a sentence's
/// original when the pointer rests on it, with its heading "Original text" and its link "Contribute a better
/// translation", which the translator's style sheet hides and a reader of the page never sees. The translator marks
/// each as its own (<c>skiptranslate</c>, so that it is not translated in turn, and <c>goog-te-</c>/<c>goog-gt-</c>
/// names); the text it translated carries no such mark.
/// </summary>
internal static class BrowserTranslation
{
    private const string TranslatorParts = ".skiptranslate, [id^='goog-gt-'], [class*='goog-te-'], [class*='goog-tooltip']";

    /// <summary>Removes the translator's widgets from <paramref name="document"/>; <paramref name="html"/> is its source, for a cheap test first.</summary>
    public static void Strip(string html, IDocument document, RemovalLog log)
    {
        if (!html.Contains("skiptranslate", StringComparison.Ordinal) && !html.Contains("goog-gt-", StringComparison.Ordinal))
            return;
        foreach (var widget in document.QuerySelectorAll(TranslatorParts).ToList())
        {
            // A widget inside another that went already went with it.
            if (!document.DocumentElement.Contains(widget))
                continue;
            log.Add("layout", HtmlArticleReader.Normalize(string.Join(' ', widget.Descendants<IText>().Select(t => t.Data))));
            widget.Remove();
        }
    }
}
