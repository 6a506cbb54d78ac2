using System.Text;
using Briefings.Annotate;
using Briefings.Diagnostics;

namespace Briefings.Incremental;

/// <summary>
/// The article cache's shard file: its entries in a small binary format, field by field, with a version mark first.
/// A build process reads the whole cache before it knows what changed; JSON took about a second of a 3 s one-article
/// rebuild of 10,000 articles (72 MB of text parsed into records), this format a small part of that. A shard that is
/// not in this format, or is cut short, fails to read and counts as empty: its articles are simply processed again.
/// </summary>
internal static class CacheShard
{
    // "BRC" and a version: a change to what is written here must change the version.
    private const int Mark = 0x02435242;

    public static void Write(Stream stream, IReadOnlyList<CachedArticle> entries)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Mark);
        w.Write(entries.Count);
        foreach (var entry in entries)
        {
            w.Write(entry.Key);
            w.Write(entry.Article is not null);
            if (entry.Article is { } a)
                WriteArticle(w, a);
            WriteProblems(w, entry.Problems);
        }
    }

    /// <summary>Problems as a count, then each one field by field (also the format of <see cref="LastBuild"/>'s).</summary>
    internal static void WriteProblems(BinaryWriter w, IReadOnlyList<Problem> problems)
    {
        w.Write(problems.Count);
        foreach (var p in problems)
        {
            w.Write(p.Path);
            w.Write(p.Line);
            w.Write(p.Message);
            w.Write((int)p.Severity);
            WriteOptional(w, p.Hint);
        }
    }

    internal static Problem[] ReadProblems(ref ShardReader r)
    {
        var problems = new Problem[r.ReadCount()];
        for (var i = 0; i < problems.Length; i++)
            problems[i] = new Problem(r.ReadString(), r.ReadInt32(), r.ReadString(), (Severity)r.ReadInt32(), r.ReadOptional());
        return problems;
    }

    /// <exception cref="InvalidDataException">The bytes are not a shard of this version.</exception>
    /// <exception cref="EndOfStreamException">The shard is cut short.</exception>
    public static List<CachedArticle> Read(byte[] bytes)
    {
        var r = new ShardReader(bytes);
        if (bytes.Length < 8 || r.ReadInt32() != Mark)
            throw new InvalidDataException("not an article cache shard of this version");
        var count = r.ReadCount();
        var entries = new List<CachedArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            var article = r.ReadBoolean() ? ReadArticle(ref r) : null;
            entries.Add(new CachedArticle(key, article, ReadProblems(ref r)));
        }
        return entries;
    }

    private static void WriteArticle(BinaryWriter w, Article a)
    {
        w.Write(a.Slug);
        w.Write(a.Title);
        w.Write(a.Date.DayNumber);
        w.Write((int)a.DateBasis);
        WriteOptional(w, a.DateEarliest);
        WriteOptional(w, a.DateLatest);
        WriteList(w, a.DateEvidence);
        WriteOptional(w, a.Source);
        WriteList(w, a.Leaders);
        WriteList(w, a.Topics);
        w.Write(a.Summary);
        w.Write7BitEncodedInt(a.BodyUtf8.Length);
        w.Write(a.BodyUtf8);
        w.Write(a.Origin);
        w.Write(a.OtherPeople.Count);
        foreach (var p in a.OtherPeople)
        {
            w.Write(p.Id);
            w.Write(p.Name);
            WriteOptional(w, p.Office);
            WriteOptional(w, p.Country);
            w.Write(p.Sentence);
            w.Write(p.IsLeader);
        }
        WriteOptional(w, a.FileDate);
    }

    private static Article ReadArticle(ref ShardReader r)
    {
        var slug = r.ReadString();
        var title = r.ReadString();
        var date = DateOnly.FromDayNumber(r.ReadInt32());
        var basis = (DateBasis)r.ReadInt32();
        var earliest = r.ReadOptionalDate();
        var latest = r.ReadOptionalDate();
        var evidence = r.ReadList();
        var source = r.ReadOptional();
        var leaders = r.ReadList();
        var topics = r.ReadList();
        var summary = r.ReadString();
        var body = r.ReadBytes();
        var origin = r.ReadString();
        var people = new PersonMention[r.ReadCount()];
        for (var i = 0; i < people.Length; i++)
            people[i] = new PersonMention(r.ReadString(), r.ReadString(), r.ReadOptional(), r.ReadOptional(), r.ReadString(), r.ReadBoolean());
        var fileDate = r.ReadOptionalDate();
        return Article.WithEncodedBody(new Article(slug, title, date, basis, earliest, latest, evidence, source, leaders, topics, summary, "", origin, people) { FileDate = fileDate }, body);
    }

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var item in items)
            w.Write(item);
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
            w.Write(value);
    }

    internal static void WriteOptional(BinaryWriter w, DateOnly? value)
    {
        w.Write(value is not null);
        if (value is { } date)
            w.Write(date.DayNumber);
    }
}
