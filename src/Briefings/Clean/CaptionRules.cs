using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Image captions and photo credits: lines carrying a credit (<c>(Image: GETTY)</c>, <c>(AP Photo/…)</c>,
/// <c>Photograph: …</c>, <c>… via Getty Images</c>, <c>REUTERS/Stringer</c>, <c>Photo by … / Unsplash</c>), lone credit
/// lines (<c>KEYSTONE</c>, <c>EPA-EFE/POOL</c>, <c>Getty Images</c>), and short lines that describe a photo.
/// </summary>
internal static partial class CaptionRules
{
    /// <summary>Agencies' and photo libraries' names and the words of a credit, as a credit in capitals spells them.</summary>
    internal static readonly string[] CreditWords =
    [
        "AFP", "AP", "EPA", "EFE", "REUTERS", "GETTY", "PA", "KEYSTONE", "XINHUA", "TASS", "HANDOUT", "POOL", "DPA", "ANADOLU",
        "SHUTTERSTOCK", "ALAMY", "SPUTNIK", "KCNA", "YONHAP", "KYODO", "BLOOMBERG", "IMAGO", "ABACA", "SIPA", "ZUMA",
        "ANSA", "NURPHOTO", "WIRE", "IMAGES", "PHOTO", "PHOTOS", "AAP", "UPI", "RIA", "NOVOSTI", "KREMLIN", "STRINGER",
    ];

    /// <summary>The line carries a photo credit or caption label.</summary>
    public static bool HasCredit(string line) =>
        MayHoldInlineCredit(line) && InlineCredit().IsMatch(line) || LeadingCredit().IsMatch(line) || CaptionLabel().IsMatch(line)
        || line.AsSpan().ContainsAny(StockSites) && StockSite().IsMatch(line)
        || line.Length <= 200 && TrailingAgency().IsMatch(line)
        || line.Length <= 200 && line.Contains("hoto", StringComparison.Ordinal) && DashPhotoCredit().IsMatch(line)
        || line.Length <= 200 && line.EndsWith(')') && line.Contains(" photo", StringComparison.Ordinal) && ParenOutletPhoto().IsMatch(line)
        || line.Length <= 300 && line.Contains(" by ", StringComparison.Ordinal) && TrailingPhotographer().IsMatch(line)
        || PhotographerCredits.IsIn(line)
        || CapitalCaptionLabels.IsCaption(line);

    /// <summary>
    /// A caption's source after a dash: <c>Dr Khan at a seminar. — APP file photo</c>, <c>— Reuters photo</c>, and an
    /// agency with the paper's own picture desk: <c>— WAM / Ledger Photo Service</c>.
    /// </summary>
    [GeneratedRegex(@"[.!?]\s+[—–]\s*(?:[A-Z][\p{L}.&]{1,15}\s*/\s*)?(?:[A-Z][\p{L}.&]{1,15}\s+){0,2}(?:[Ff]ile\s+)?[Pp]hotos?(?:\s+(?:Service|Desk|Library|Agency))?[*_]*$")]
    private static partial Regex DashPhotoCredit();

    /// <summary>A caption's source in brackets after its sentence, the outlet's own or a pool's: <c>… in Pyongyang. (AsiaNet photo/pool)</c>.</summary>
    [GeneratedRegex(@"[.!?]\s+\((?:\p{Lu}[\p{L}\p{N}.&-]*\s){1,3}photo(?:/pool)?\)$")]
    private static partial Regex ParenOutletPhoto();

    /// <summary>A caption that names its photographer after the last sentence: <c>… on Thursday. Photo by Radu Ene for Eastern Flank Notes</c>.</summary>
    [GeneratedRegex(@"[.!?]\s+(?:Photo|Photograph|Picture|Image|Pictures|Photos|Pic|Pics)(?:graph)? by \p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:\s*(?:for|/)\s*\p{Lu}[\p{L}\p{N}\p{M} .&'’-]{1,50})?[.*_]*$")]
    private static partial Regex TrailingPhotographer();

    // Cheap tests that rule out most lines of prose before the patterns are tried at each of their capitals: every
    // form of an inline credit holds one of these marks or words, and every stock site's name is in the list.
    private static readonly SearchValues<char> CreditMarks = SearchValues.Create("(:/[");

    private static bool MayHoldInlineCredit(string line) =>
        line.AsSpan().ContainsAny(CreditMarks) || line.Contains("via ", StringComparison.Ordinal) || line.Contains("Getty Images", StringComparison.Ordinal);

    private static readonly SearchValues<string> StockSites = SearchValues.Create(
        ["Unsplash", "Shutterstock", "iStock", "Alamy", "Pexels", "Pixabay", "Wikimedia Commons"], StringComparison.Ordinal);

    private const string Agencies = "Reuters|AFP|AP|EPA|EPA-EFE|EFE|Getty Images|Xinhua|Bloomberg|Shutterstock|Anadolu|TASS|Sputnik|Yonhap|Kyodo|Jiji|PA|dpa|ANSA|KCNA|SPA|WAM|IRNA|PTI|ANI|AAP";

    /// <summary>
    /// A caption that ends with its picture agency after the last sentence: <c>… in Beijing. Reuters</c>,
    /// <c>… in Caracas. EFE/Miguel Gutiérrez/Archivo</c>, <c>… May 16, 2024. (Xinhua/Zhao Yingquan)</c>, <c>… on Wednesday. PTI PHOTO</c>.
    /// </summary>
    [GeneratedRegex(@"(?:[.!?]\s+(?:" + Agencies + @")(?:\s+(?:PHOTO|PHOTOS|FILE PHOTO|Photo))?(?:/[\p{L}\p{M} .'’-]{2,40}){0,2}|\s\((?:" + Agencies + @")(?:/[\p{L}\p{M} .'’-]{2,40}){0,2}\)|[.!?]\s+\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}\s*/\s*(?:" + Agencies + @"))$")]
    private static partial Regex TrailingAgency();

    /// <summary>Removes credit parentheticals from a long line of real text.</summary>
    public static string StripCredit(string line) => CreditParenthetical().Replace(line, "").Trim();

    /// <summary>A line that is nothing but a photo credit.</summary>
    public static bool IsLoneCredit(string line, bool afterShortLine)
    {
        // Read in place: every line of an article is asked, and most are sentences far longer than a credit.
        var t = line.AsSpan().Trim().TrimEnd('.');
        // A table's row cut short ("| INF | 198") is a cell run, not an agency's name; nor is the tail of a line broken
        // after its colon (": \"VILN").
        if (t.Length is 0 or > 70 || t[0] is '|' or ':' || WordCount.BySpaces(t) > 8 || TimeStamp().IsMatch(t))
            return false;
        if (MixedCredit().IsMatch(t))
            return true;
        // A credit names an agency or a photographer; a line opening with a number (".05 GMT", the rest of a time) or
        // a title ("MR. MILLER", a transcript's speaker), or announcing something ("LINKS:"), is something else.
        if (WordCount.LettersIfAllCapitals(t) < 2 || t.EndsWith('?') || t.EndsWith(':') || OpensWithDigit(t)
            || Honorific().IsMatch(t))
            return false;
        var words = t.ToString().Split([' ', '/', '-', '–', '|', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        // Beside a caption, a line in capitals is its credit, unless it ends a sentence as a credit never does: in a
        // text set in capitals that is the tail of a sentence ("HE TABLE.").
        return t.Contains('/') || words.Any(w => CreditWords.Contains(w, StringComparer.Ordinal)) || words.Length == 1
            || afterShortLine && !line.AsSpan().TrimEnd().EndsWith('.');
    }

    private static bool OpensWithDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c))
                return char.IsDigit(c);
        return false;
    }

    [GeneratedRegex(@"^(?:" + SpeakerLabel.Titles + @")\.?\s")]
    private static partial Regex Honorific();

    /// <summary>
    /// A line that could be a caption (short, one or two sentences), judged with a credit next to it: in ordinary case,
    /// as a credit in capitals cannot be told from the next line of a text set all in capitals (a teletype).
    /// </summary>
    public static bool CouldBeCaption(Block block) =>
        block.Kind == BlockKind.Paragraph && !block.Explicit && block.Text.Length <= 200 && !block.Text.EndsWith(':')
        && SentenceEnd().Count(block.Text) <= 2 && WordCount.LettersIfAllCapitals(block.Text) <= 0;

    /// <summary>A short line describing a photo, recognisable without any credit.</summary>
    public static bool DescribesPhoto(string line) =>
        line.Length <= 220 && !line.EndsWith(':') && !line.Contains('“') && !line.Contains('"') && SentenceEnd().Count(line) <= 1
        && (PhotoCue().IsMatch(line) || (line.Length > 0 && !".!?".Contains(line[^1]) && Handshake().IsMatch(line)));

    [GeneratedRegex(@"\((?:Image|Images|Photo|Photos|Picture|Pic|Photograph|Credit|Video|Illustration|Graphic|Foto)\s*:[^)]*\)|\((?:[A-Z][\w.&-]*\s){0,3}(?:Photo|PHOTO)\b[^)]*\)|\((?:[Rr]epresentative |[Ff]ile )?(?:[Ii]mage|[Pp]hoto|[Pp]icture)\s*:[^)]*\)|\b(?:Photograph|Photo|Foto|Bild|Imagem|Picture|Image|Credit|Illustration|Photo illustration)(?: copyright| credit)?\s*:\s*\S|\bvia (?:Getty Images|AP|Reuters|AFP)\b|\bGetty Images\s*\.?$|\b[A-Z]{2,}(?:-[A-Z]+)?/\s?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2}$|^\[(?:Image|Photo|Picture|Video)\b[^\]]*\]$")]
    private static partial Regex InlineCredit();

    [GeneratedRegex(@"^(?:Image|Photo|Picture|Media) (?:source|caption|copyright|credit)\b|^Photo by\b|^(?:caption|credit)\s*:|^\[(?:photo|image|picture|foto|video)\]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"\b(?:Unsplash|Shutterstock|iStock(?:photo)?|Alamy|Pexels|Pixabay|Wikimedia Commons)\b")]
    private static partial Regex StockSite();

    [GeneratedRegex(@"\s*\((?:Image|Images|Photo|Photos|Picture|Pic|Photograph|Credit|Illustration|Foto)\s*:[^)]*\)|\s*\((?:[A-Z][\w.&-]*\s){0,3}Photo\b[^)]*\)")]
    private static partial Regex CreditParenthetical();

    [GeneratedRegex(@"^(?:©\s*)?(?:\d{4}\s+)?(?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock|Alamy|Handout|Courtesy(?: of)?|File photo|File|Pool|Supplied|Bloomberg|Xinhua|TASS|Sputnik)\b[\p{L}\p{N} /.,&-]*$|^©")]
    private static partial Regex MixedCredit();

    // Only cues that ordinary news prose does not use: "is seen as", "poses a threat", "looks on" and "gestures" are
    // everyday sentences, and a one-sentence paragraph of prose must never be taken for a caption.
    [GeneratedRegex(@"\b(?:pictured|photographed|pos(?:e|es|ing|ed) for (?:a )?(?:photo|picture|photograph)s?|in this (?:file |handout )?(?:photo|image|picture)|file (?:photo|picture|image))\b|\((?:L|R|C|left|right|centre|center)\)|, (?:left|right|centre|center|second left|second right),", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCue();

    [GeneratedRegex(@"[.!?](?:\s|$)")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// A caption opened by its credit: <c>(Agency/Ministry handout) Smoke rises over …</c>, or an agency's credit in
    /// capitals before a dash: <c>GETTY IMAGES/AFP – Smoke billows above …</c>.
    /// </summary>
    [GeneratedRegex(@"^\((?:[^()]{1,60}[/ ])?(?:handout|pool photo|pool|file photo|photo|foto)\)\s+\p{Lu}|^(?-i:(?:[A-Z][A-Z.&-]*[ /]){0,4}(?:GETTY IMAGES|AFP|REUTERS|AP|EPA|EPA-EFE|PA|ANADOLU|XINHUA|HANDOUT|POOL|PHOTO|PICTURE|IMAGES)(?:[ /][A-Z][A-Z.&-]*){0,4})\s+[–—-]\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCredit();

    // A live blog's entry time ("14.41 GMT", "09:12 CET") heads real text; it is no photo credit.
    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\b")]
    private static partial Regex TimeStamp();

    // "Leaders shake hands in Suva" without final punctuation is a caption; with a full stop it may be a sentence.
    [GeneratedRegex(@"\bshak(?:e|es|ing) hands\b", RegexOptions.IgnoreCase)]
    private static partial Regex Handshake();
}
