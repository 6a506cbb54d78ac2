using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A broadcast's subtitle file (SubRip <c>.srt</c> or WebVTT) kept as the text of a report: numbered cues, each with
/// its timing (<c>00:00:25,660 --&gt; 00:00:29,318</c>) and a line or two of what was said, sentences running on from
/// cue to cue; sounds in brackets (<c>[MUSIC]</c>), positioning tags (<c>{\an8}</c>), italics for a translated voice,
/// <c>&gt;&gt;</c> where the speaker changes; and the download site's or player's header above the first cue. Read as
/// running text: a new paragraph where the speaker changes or the report pauses after a sentence.
/// </summary>
internal static partial class Subtitles
{
    private const int MinimumCues = 5;

    /// <summary>The report a subtitle file carries, or null when <paramref name="text"/> is not one.</summary>
    public static string? ToText(string text, ArticleFacts facts, RemovalLog log)
    {
        if (!text.Contains(" --> ", StringComparison.Ordinal))
            return null;
        var cues = Cue().Matches(text);
        if (cues.Count < MinimumCues)
            return null;
        // The site's or player's header names the broadcast, often with its day.
        if (text[..cues[0].Index].Trim() is { Length: > 0 } header)
        {
            log.Add("layout", header);
            facts.OfferDate(Masthead.Date(header.Split('\n')));
        }
        var story = new StringBuilder(text.Length);
        var lastEnd = TimeSpan.Zero;
        foreach (Match cue in cues)
        {
            var start = Time(cue.Groups["start"].Value);
            // A cue placed at the top of the screen ({\an8}) is a caption of the picture (a name, a place), and a
            // subtitler's credit is theirs: neither was said.
            var lines = cue.Groups["text"].Value;
            if (lines.Contains(@"{\an8}", StringComparison.Ordinal) || Credit().IsMatch(lines))
            {
                log.Add("caption", lines.Trim());
                continue;
            }
            var words = CueText(lines, log);
            if (words.Length == 0)
                continue;
            var turn = words.StartsWith(">>", StringComparison.Ordinal);
            words = SpeakerChange().Replace(words, "").Trim();
            var pause = start - lastEnd >= TimeSpan.FromSeconds(1) && story.Length > 0 && ".!?\"”".Contains(story[^1]);
            if (story.Length > 0)
                story.Append(turn || pause ? "\n\n" : " ");
            story.Append(words);
            lastEnd = Time(cue.Groups["end"].Value);
        }
        return story.ToString();
    }

    /// <summary>A cue's lines as one, without sounds, tags and styling.</summary>
    private static string CueText(string lines, RemovalLog log)
    {
        var text = Markup().Replace(lines, "");
        foreach (Match sound in Sound().Matches(text))
            log.Add("caption", sound.Value);
        text = Sound().Replace(text, "");
        return string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static TimeSpan Time(string stamp) =>
        TimeSpan.TryParseExact(stamp.Replace(',', '.'), [@"hh\:mm\:ss\.fff", @"mm\:ss\.fff"], CultureInfo.InvariantCulture, out var time) ? time : TimeSpan.Zero;

    // A cue: its number (SubRip) or identifier line, its timing, and its lines up to a blank line.
    [GeneratedRegex(@"^(?:\d+\n)?(?<start>(?:\d{2}:)?\d{2}:\d{2}[,.]\d{3}) --> (?<end>(?:\d{2}:)?\d{2}:\d{2}[,.]\d{3})[^\n]*\n(?<text>(?:[^\n]*\S[^\n]*(?:\n|$))*)", RegexOptions.Multiline)]
    private static partial Regex Cue();

    /// <summary>Positioning and styling: <c>{\an8}</c>, <c>&lt;i&gt;</c>, <c>&lt;font color=…&gt;</c>, WebVTT's <c>&lt;c.yellow&gt;</c>.</summary>
    [GeneratedRegex(@"\{\\[^}]*\}|</?(?:i|b|u|font|c|v)\b[^>]*>")]
    private static partial Regex Markup();

    /// <summary>A sound or a caption for the deaf: anything in square brackets (<c>[MUSIC]</c>, <c>[GRAPHIC: …]</c>), the usual sounds in parentheses (<c>(APPLAUSE)</c>), a song between notes.</summary>
    [GeneratedRegex(@"\[[^\]\n]{1,80}\]|\((?:APPLAUSE|LAUGHTER|MUSIC|CHEERING|CROWD[^)\n]*|INAUDIBLE|CROSSTALK|SILENCE|GUNFIRE|SIRENS?|SPEAKING [A-Z]+)\)|♪[^♪\n]*♪?")]
    private static partial Regex Sound();

    [GeneratedRegex(@"\b(?:subtitles?|subtitled|captions?|captioned|captioning|synced|transcribed|translated)\b[^\n]{0,40}\bby\b|\b(?:opensubtitles|subvault|addic7ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>A speaker change, with the speaker's name in capitals if given: <c>&gt;&gt; HELEN MARSH:</c>.</summary>
    [GeneratedRegex(@"^>>\s*(?:[\p{Lu}][\p{Lu}.'’\- ]+:\s*)?")]
    private static partial Regex SpeakerChange();
}
