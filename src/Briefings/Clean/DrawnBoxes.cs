using System.Text;

namespace Briefings.Clean;

/// <summary>
/// Boxes a text screen draws with line characters around what is not the story, labelled on their top border
/// (<c>┌─ PICTURE 3 of 9 ──</c>, each line of it opening with <c>│</c>, closed by <c>└───</c>): a picture's caption and
/// restrictions in a wire client, a record in a terminal reader. Each such box goes whole, and so do the rules drawn
/// across the screen (<c>═════</c>).
/// </summary>
internal static class DrawnBoxes
{
    /// <summary>The text without its drawn boxes and rules; the text itself when it draws none.</summary>
    public static string Strip(string text, RemovalLog log)
    {
        if (text.AsSpan().IndexOfAny('┌', '╔') < 0)
            return text;
        var kept = new StringBuilder(text.Length);
        var inBox = false;
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            // A box labelled on its top border ("┌─ PICTURE 1 of 9 ──") is a record of the screen's own; a plain one
            // frames a fact box of the story, whose text stays (its borders are rules).
            if (!inBox && t.Length > 0 && t[0] is '┌' or '╔' && t.Any(char.IsLetter))
                inBox = true;
            if (inBox || IsRule(t))
            {
                if (t.Length > 0)
                    log.Add("caption", t);
                if (t.Length > 0 && t[0] is '└' or '╚')
                    inBox = false;
                continue;
            }
            kept.Append(line).Append('\n');
        }
        return kept.ToString();
    }

    /// <summary>
    /// A line drawn across the screen with box characters alone, no box's corner among them: a plain box's borders are
    /// left to the rules that read what it frames.
    /// </summary>
    private static bool IsRule(string line) =>
        line.Length >= 10 && line.All(c => c is >= '\u2500' and <= '\u257F') && line.AsSpan().IndexOfAny("┌┐└┘╔╗╚╝") < 0;
}
