using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Tests.Annotate;

/// <summary>A small knowledge base built in code, so the Annotate tests do not depend on the data files.</summary>
internal static class TestKnowledge
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Office O(string title, string roles, string start, string? end = null) =>
        new(title, roles.Split(',', StringSplitOptions.TrimEntries), D(start), end is null ? null : D(end));

    public static readonly IReadOnlyList<Leader> Leaders =
    [
        new("vladimir-putin", "Vladimir Putin", "Russia", ["Wladimir Putin"], ["Putin"],
            [O("President of Russia", "president, russian president", "2000-05-07", "2008-05-07"),
             O("Prime Minister of Russia", "prime minister, russian prime minister", "2008-05-08", "2012-05-07"),
             O("President of Russia", "president, russian president", "2012-05-07")]),
        new("xi-jinping", "Xi Jinping", "China", [], ["Xi"],
            [O("President of China", "president, chinese president", "2013-03-14")]),
        new("donald-trump", "Donald Trump", "United States", ["Donald J. Trump"], ["Trump"],
            [O("President of the United States", "president, us president", "2017-01-20", "2021-01-20"),
             O("President of the United States", "president, us president", "2025-01-20")]),
        new("joe-biden", "Joe Biden", "United States", [], ["Biden"],
            [O("Vice President of the United States", "vice president", "2009-01-20", "2017-01-20"),
             O("President of the United States", "president, us president", "2021-01-20", "2025-01-20")]),
        new("boris-johnson", "Boris Johnson", "United Kingdom", [], ["Johnson"],
            [O("Prime Minister of the United Kingdom", "prime minister, british prime minister", "2019-07-24", "2022-09-06")]),
        new("wang-yi", "Wang Yi", "China", [], ["Wang"],
            [O("Minister of Foreign Affairs of China", "foreign minister, chinese foreign minister", "2013-03-16", "2022-12-30")]),
        new("antony-blinken", "Antony Blinken", "United States", ["Tony Blinken"], ["Blinken"],
            [O("Secretary of State", "secretary of state, us secretary of state", "2021-01-26", "2025-01-20")]),
        new("volodymyr-zelensky", "Volodymyr Zelensky", "Ukraine", ["Volodymyr Zelenskyy", "Selenskyj"], ["Zelensky", "Zelenskyy"],
            [O("President of Ukraine", "president, ukrainian president", "2019-05-20")]),
        new("fumio-kishida", "Fumio Kishida", "Japan", [], ["Kishida"],
            [O("Prime Minister of Japan", "prime minister, japanese prime minister", "2021-10-04", "2024-10-01")]),
        new("olaf-scholz", "Olaf Scholz", "Germany", [], ["Scholz"],
            [O("Chancellor of Germany", "chancellor, german chancellor", "2021-12-08", "2025-05-06")]),
        new("gerald-ford", "Gerald Ford", "United States", [], ["Ford"],
            [O("President of the United States", "president", "1974-08-09", "1977-01-20")]),
        new("mike-pence", "Mike Pence", "United States", [], ["Pence"],
            [O("Vice President of the United States", "vice president, us vice president", "2017-01-20", "2021-01-20")]),
        new("william-hague", "William Hague", "United Kingdom", [], ["Hague"],
            [O("Foreign Secretary", "foreign secretary", "2010-05-12", "2014-07-14")]),
        new("theresa-may", "Theresa May", "United Kingdom", [], ["May"],
            [O("Prime Minister of the United Kingdom", "prime minister", "2016-07-13", "2019-07-24")]),
        new("anders-fogh-rasmussen", "Anders Fogh Rasmussen", "Denmark", [], ["Rasmussen"],
            [O("Secretary General of NATO", "secretary general, nato secretary general", "2009-08-01", "2014-10-01")]),
        new("sergey-lavrov", "Sergey Lavrov", "Russia", [], ["Lavrov"],
            [O("Minister of Foreign Affairs of Russia", "foreign minister, russian foreign minister", "2004-03-09")]),
        new("li-peng", "Li Peng", "China", [], ["Li"],
            [O("Premier of China", "premier, chinese premier", "1987-11-24", "1998-03-17")]),
        // A surname that is also a country: "Montenegro" alone is the country (Đukanović's), not Portugal's prime minister.
        new("luis-montenegro", "Luís Montenegro", "Portugal", ["Luis Montenegro"], ["Montenegro"],
            [O("Prime Minister of Portugal", "prime minister, portuguese prime minister", "2024-04-02")]),
        new("milo-dukanovic", "Milo Đukanović", "Montenegro", ["Milo Djukanovic"], ["Đukanović", "Djukanovic"],
            [O("President of Montenegro", "president", "2018-05-20", "2023-05-20")]),
        // A surname that is also a word that names things: "Power of Siberia" is a pipeline.
        new("samantha-power", "Samantha Power", "United States", [], ["Power"],
            [O("United States Ambassador to the United Nations", "un ambassador, ambassador to the un", "2013-08-05", "2017-01-20")]),
        // Namesakes: which one "President Bush" means depends on when the text was written.
        new("george-h-w-bush", "George H. W. Bush", "United States", [], ["Bush", "George Bush"],
            [O("Vice President of the United States", "vice president", "1981-01-20", "1989-01-20"),
             O("President of the United States", "president, us president", "1989-01-20", "1993-01-20")]),
        new("george-w-bush", "George W. Bush", "United States", [], ["Bush", "George Bush"],
            [O("President of the United States", "president, us president", "2001-01-20", "2009-01-20")]),
        new("mikhail-gorbachev", "Mikhail Gorbachev", "Soviet Union", [], ["Gorbachev"],
            [O("President of the Soviet Union", "president, soviet president", "1990-03-15", "1991-12-25")]),
    ];

    public static readonly IReadOnlyList<Topic> Topics =
    [
        new("energy", "Energy", "", [new("gas", 1), new("pipeline*", 1.5), new("nord stream", 2)], 5),
        new("us-russia", "US and Russia", "", [new("summit", 1), new("putin", 1)], 3)
        {
            Requires = [new([new("US", 1), new("washington", 1)], 1), new([new("russia", 1), new("moscow", 1)], 1)],
        },
    ];

    public static KnowledgeBase Knowledge { get; } = new(Leaders, Topics);

    public static Annotator Annotator(IReadOnlyDictionary<string, DateOnly>? fileDates = null) =>
        new(Knowledge) { FileDate = path => fileDates is not null && fileDates.TryGetValue(path, out var date) ? date : null };

    public static CleanArticle Clean(string body, string title = "A briefing", DateOnly? explicitDate = null, MaintainerFrontMatter? frontMatter = null) =>
        new("articles/test.txt", title, body, false, explicitDate, null, null, frontMatter ?? MaintainerFrontMatter.None, []);

    public static Article Annotate(string body, string title = "A briefing", DateOnly? explicitDate = null, MaintainerFrontMatter? frontMatter = null, IReadOnlyDictionary<string, DateOnly>? fileDates = null) =>
        Annotator(fileDates).Annotate(Clean(body, title, explicitDate, frontMatter), new ProblemLog());
}
