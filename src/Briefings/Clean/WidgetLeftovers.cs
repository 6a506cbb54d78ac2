using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a news page's interactive widgets leave as text when the page is saved or copied from the browser: a video
/// player's status and time read-outs (<c>Video unavailable</c>, <c>Video player is loading.</c>, <c>Play Video</c>,
/// <c>0:00 / 2:31</c>, a bare <c>1:58</c>), a video promo with its running time (<c>▶ Watch: … 1:58</c>), an audio
/// player's narrator and length (<c>6:12 min</c>, <c>Narrated by an AI voice</c>, <c>Listen (RealAudio 3:40)</c>), a
/// live page's notification toggle and its end notice (<c>Follow 🔔 Notifications on</c>, <c>This live page is no
/// longer being updated.</c>), a feedback prompt (<c>Was this helpful? Yes / No</c>), a box's link to the whole piece
/// (<c>Read the full explainer →</c>) and an author box's follow row (<c>Follow Nadia · More by this author</c>). None
/// is the article's prose.
/// </summary>
internal static partial class WidgetLeftovers
{
    // Every line the patterns below match holds one of these: one vectorised search spares nearly every line.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["video", "play", "watch", "listen", "narrated", "notification", "live ", "helpful", "useful", "read the full", "follow", "more by", "try again"],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsLeftover(string line)
    {
        if (line.Length is 0 or > 200)
            return false;
        // A player's time read-out: digits and colons alone, no trigger word.
        if (line.Length <= 20 && char.IsAsciiDigit(line[0]))
            return TimeReadout().IsMatch(line);
        if (!line.AsSpan().ContainsAny(Triggers))
            return false;
        return PlayerStatus().IsMatch(line)
            || TimedPromo().IsMatch(line)
            || AudioPlayer().IsMatch(line)
            || line.Length <= 60 && IsNotificationToggle(line)
            || LivePageEnded().IsMatch(line)
            || FeedbackPrompt().IsMatch(line)
            || FullPieceLink().IsMatch(line)
            || AuthorFollowRow().IsMatch(line);
    }

    /// <summary>A follow button and its bell: every word is one of the toggle's (<c>Follow 🔔 Notifications on</c>).</summary>
    private static bool IsNotificationToggle(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Any(w => w.Equals("notifications", StringComparison.OrdinalIgnoreCase))
            && words.All(w => w.ToLowerInvariant() is "follow" or "following" or "notifications" or "on" or "off" or "turn" or "get" or "alerts");
    }

    [GeneratedRegex(@"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?(?:\s*min)?$")]
    private static partial Regex TimeReadout();

    /// <summary>A player's state, one message or several in a row: <c>Video unavailable. Please try again later.</c></summary>
    [GeneratedRegex(@"^(?:(?:video unavailable|this video (?:is )?(?:not available|unavailable)(?: in your (?:country|region|location))?|video player is loading|audio player is loading|play video|pause video|replay video|(?:sorry, )?this video (?:could not|cannot|can't) be (?:loaded|played)|please try again later|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?)[.!]?\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerStatus();

    /// <summary>A video or audio promo with its running time: <c>▶ Watch: Abe urges … 1:58</c>.</summary>
    [GeneratedRegex(@"^[▶►▷]?\s*(?:watch|video|listen)\s*[:|–—-]\s*.{3,140}?\s+\(?\d{1,2}:\d{2}\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimedPromo();

    /// <summary>An audio player's line: its narrator, or its button with the recording's format and length.</summary>
    [GeneratedRegex(@"^(?:narrated by (?:an? )?(?:AI|artificial|synthetic|automated|computer|digital)[\p{L} -]{0,30}|listen(?: to (?:this|the) (?:article|story|report))?\s*\(?(?:RealAudio|MP3|audio|Windows Media|podcast)?\s*\d{1,2}:\d{2}(?:\s*min)?\)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AudioPlayer();

    [GeneratedRegex(@"^this live (?:page|blog|coverage|feed|thread) (?:is no longer being updated|has (?:now )?(?:ended|closed|finished)|is (?:now )?closed)\b.{0,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex LivePageEnded();

    [GeneratedRegex(@"(?:^|[\s→›»])was this (?:article |story |page |explainer |summary |answer )?(?:helpful|useful)\?\s*(?:(?:yes|no|👍|👎)\s*[/|·]?\s*){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackPrompt();

    /// <summary>A box's link to the piece it summarises, with its arrow: <c>Read the full explainer →</c>.</summary>
    [GeneratedRegex(@"^read the full [\p{L}-]+(?: [\p{L}-]+)?\s*[→›»>]", RegexOptions.IgnoreCase)]
    private static partial Regex FullPieceLink();

    [GeneratedRegex(@"^(?:follow (?-i:\p{Lu}[\p{L}'’-]+)(?: (?-i:\p{Lu}[\p{L}'’-]+))?\s*[·|•]\s*)?more (?:by|from) this (?:author|writer|reporter|columnist)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorFollowRow();
}
