using System.Text;

namespace Briefings.Clean;

/// <summary>
/// A story saved as Rich Text Format (a syndication service's copy, a word processor's file renamed .txt): control
/// words (<c>\pard\sa200\f0\fs22</c>), groups of document furniture (font and colour tables, the document's info,
/// pictures as hex, a field's instruction), escaped characters (<c>\'e9</c>, <c>\u8217?</c>, <c>\rquote</c>). Read as
/// the text a word processor would show, one paragraph a line: the source's own line breaks are not text, <c>\par</c>
/// ends a paragraph, and of a field only its shown result (the link's words, not its address) is kept.
/// </summary>
internal static class RichText
{
    // Groups whose contents a reader never sees.
    private static readonly HashSet<string> HiddenDestinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "listtable", "listoverridetable", "rsidtbl",
        "generator", "header", "footer", "headerl", "headerr", "footerl", "footerr", "xmlnstbl", "themedata",
        "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "filetbl", "revtbl", "nonshppict", "object",
        "objdata", "bkmkstart", "bkmkend", "author", "operator", "title", "comment", "doccomm", "keywords", "subject",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["par"] = "\n\n",
        ["line"] = "\n",
        ["tab"] = "\t",
        ["rquote"] = "’",
        ["lquote"] = "‘",
        ["rdblquote"] = "”",
        ["ldblquote"] = "“",
        ["emdash"] = "—",
        ["endash"] = "–",
        ["bullet"] = "•",
        ["emspace"] = " ",
        ["enspace"] = " ",
        ["sect"] = "\n\n",
        ["page"] = "\n\n",
        ["cell"] = "\t",
        ["row"] = "\n",
    };

    /// <summary>
    /// The text a Rich Text file shows, or null when <paramref name="text"/> is not one. Its headline, the first paragraph
    /// set wholly in bold in a larger size than the text's, is given to <paramref name="facts"/> and left out, and so is
    /// the <see cref="Masthead"/> above it.
    /// </summary>
    public static string? ToText(string text, ArticleFacts facts)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        if (!text.AsSpan(start).StartsWith(@"{\rtf", StringComparison.Ordinal))
            return null;
        var output = new StringBuilder(text.Length / 2);
        // Per group: whether its text is hidden, and how many characters follow a \u escape as its fallback.
        var hidden = new Stack<bool>();
        var fallback = new Stack<int>();
        var hide = false;
        var unicodeSkip = 1;
        var skip = 0;
        var bytes = new List<byte>();
        var format = new Format();
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length || text[i + 1] != '\'')
                FlushBytes(bytes, output, hide);
            switch (c)
            {
                case '{':
                    hidden.Push(hide);
                    fallback.Push(unicodeSkip);
                    // "{\*\destination …}": a destination a reader that does not know it must skip.
                    if (text.AsSpan(i + 1).StartsWith(@"\*", StringComparison.Ordinal))
                        hide = true;
                    continue;
                case '}':
                    hide = hidden.Count > 0 ? hidden.Pop() : hide;
                    unicodeSkip = fallback.Count > 0 ? fallback.Pop() : unicodeSkip;
                    continue;
                case '\r' or '\n':
                    continue;
                case '\\':
                    i = ControlWord(text, i, ref hide, ref unicodeSkip, ref skip, bytes, output, format);
                    continue;
            }
            if (skip > 0)
            {
                skip--;
                continue;
            }
            if (!hide)
            {
                output.Append(c);
                format.Saw(c);
            }
        }
        FlushBytes(bytes, output, hide);
        format.EndParagraph(output.Length);
        if (format.Headline() is not { } headline)
            return output.ToString();
        facts.Title ??= output.ToString(headline.Start, headline.Length).Trim();
        var above = output.ToString(0, headline.Start).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var below = output.ToString(headline.Start + headline.Length, output.Length - headline.Start - headline.Length);
        if (!Masthead.IsChrome(above))
            return string.Join('\n', above) + "\n\n" + below;
        facts.OfferDate(Masthead.Date(above.Reverse()));
        return string.Join("\n\n", above.Where(Masthead.Keeps)) + "\n\n" + below;
    }

    /// <summary>
    /// The character formatting in force (bold, size) and, for each paragraph, whether all its letters were bold and
    /// the largest size among them: enough to find the headline a word processor sets apart.
    /// </summary>
    private sealed class Format
    {
        private readonly List<(int Start, int Length, bool Bold, int Size)> _paragraphs = [];
        private readonly Dictionary<int, int> _lettersBySize = [];
        private int _start;
        private bool _allBold = true;
        private int _size;
        private int _letters;

        public bool Bold { get; set; }

        public int Size { get; set; } = 24;

        public void Saw(char c)
        {
            if (!char.IsLetterOrDigit(c))
                return;
            _letters++;
            _allBold &= Bold;
            _size = Math.Max(_size, Size);
            _lettersBySize[Size] = _lettersBySize.GetValueOrDefault(Size) + 1;
        }

        public void EndParagraph(int end)
        {
            if (_letters > 0)
                _paragraphs.Add((_start, end - _start, _allBold, _size));
            _start = end;
            _allBold = true;
            _size = 0;
            _letters = 0;
        }

        public (int Start, int Length)? Headline()
        {
            if (_lettersBySize.Count == 0)
                return null;
            var textSize = _lettersBySize.MaxBy(p => p.Value).Key;
            var found = _paragraphs.FirstOrDefault(p => p.Bold && p.Size > textSize && p.Length <= 300);
            return found.Length > 0 ? (found.Start, found.Length) : null;
        }
    }

    /// <summary>Reads the control word or symbol at <paramref name="at"/> (a backslash); returns the index of its last character.</summary>
    private static int ControlWord(string text, int at, ref bool hide, ref int unicodeSkip, ref int skip, List<byte> bytes, StringBuilder output, Format format)
    {
        var i = at + 1;
        if (i >= text.Length)
            return at;
        var next = text[i];
        if (!char.IsAsciiLetter(next))
        {
            if (next == '\'' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                if (skip > 0)
                    skip--;
                else
                    bytes.Add(value);
                return i + 2;
            }
            if (!hide)
            {
                var symbol = next switch { '\\' or '{' or '}' => next.ToString(), '~' => "\u00A0", '_' => "‑", _ => "" };
                output.Append(symbol);
            }
            return i;
        }
        var wordStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
            i++;
        var word = text[wordStart..i];
        var numberStart = i;
        if (i < text.Length && text[i] == '-')
            i++;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        int? number = i > numberStart && int.TryParse(text.AsSpan(numberStart, i - numberStart), out var n) ? n : null;
        // A space after a control word belongs to it.
        var last = i < text.Length && text[i] == ' ' ? i : i - 1;
        // A destination opens its group ("{\fonttbl", "{\*\generator").
        if (HiddenDestinations.Contains(word) && at >= 1 && (text[at - 1] == '{' || at >= 2 && text.AsSpan(at - 2, 2) is @"\*"))
        {
            hide = true;
            return last;
        }
        if (hide)
            return last;
        switch (word)
        {
            case "uc":
                unicodeSkip = number ?? 1;
                break;
            case "u" when number is { } code:
                output.Append((char)(code < 0 ? code + 65536 : code));
                format.Saw((char)(code < 0 ? code + 65536 : code));
                skip = unicodeSkip;
                break;
            case "b":
                format.Bold = number != 0;
                break;
            case "fs" when number is { } halfPoints:
                format.Size = halfPoints;
                break;
            case "plain":
                format.Bold = false;
                format.Size = 24;
                break;
            default:
                if (Symbols.TryGetValue(word, out var symbol))
                    output.Append(symbol);
                if (word is "par" or "sect" or "page")
                    format.EndParagraph(output.Length);
                break;
        }
        return last;
    }

    private static void FlushBytes(List<byte> bytes, StringBuilder output, bool hide)
    {
        if (bytes.Count == 0)
            return;
        if (!hide)
            output.Append(TextDecoder.Windows1252.GetString([.. bytes]));
        bytes.Clear();
    }
}
