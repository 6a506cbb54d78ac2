using System.Globalization;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>
/// Writes a synthetic archive of Markdown articles with front matter into a temp site: enough briefings on one topic and
/// one leader to paginate, spread over several years, so whole-site checks see every kind of page.
/// </summary>
internal static class GeneratedArchive
{
    public static TempSite Create(int count = 64)
    {
        var site = new TempSite(withRepoInput: false);
        var start = new DateOnly(2021, 1, 4);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i * 17).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var leaders = i % 3 == 0 ? "[vladimir-putin, xi-jinping]" : "[vladimir-putin]";
            var topics = i % 2 == 0 ? "[nato, energy]" : "[nato]";
            site.WriteInput($"articles/note-{i:D3}.md", $"""
                ---
                title: Briefing note {i:D3} on the alliance
                date: {date}
                leaders: {leaders}
                topics: {topics}
                ---
                The alliance met again; ministers discussed energy, sanctions and air defence in some detail.

                ## What was agreed

                | Item | Status |
                |---|---|
                | Air defence | agreed |

                - a first point
                - a second point
                """);
        }
        return site;
    }
}
