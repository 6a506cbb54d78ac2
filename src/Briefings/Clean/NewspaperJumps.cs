using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A printed story continued on another page starts there again under a short jump headline of its own (<c>Iran
/// Accepts Truce Call</c>) and a <c>Continued From Page A1</c> line. The jump line is page furniture (see
/// <see cref="ChromeLexicon"/>); the headline over it goes with it.
/// </summary>
internal static partial class NewspaperJumps
{
    /// <summary>A jump headline is a few words, no sentence.</summary>
    private const int MaximumHeadWords = 8;

    public static void RemoveHeads(List<Block> blocks, RemovalLog log)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            var head = blocks[i - 1].Text;
            if (blocks[i].Text.Length > 40 || !ContinuedFrom().IsMatch(blocks[i].Text) || WordCount.BySpaces(head) > MaximumHeadWords || !HardWrap.StopsMidSentence(head))
                continue;
            log.Add("layout", head);
            blocks.RemoveAt(i - 1);
        }
    }

    [GeneratedRegex(@"^continued from (?:page|p\.)\s*[A-Z]?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedFrom();
}
