using System.Globalization;
using System.Text;

namespace Briefings.Benchmarks.Generation;

/// <summary>An article as cleaned Markdown with front matter (title, date, leaders, topics): what Hugo also reads.</summary>
public static class MarkdownFormatter
{
    public static string Format(ArticlePlan plan)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Quoted(plan.Title)).Append('\n');
        sb.Append("date: ").Append(plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("leaders: [").Append(string.Join(", ", plan.Leaders.Select(l => l.Id))).Append("]\n");
        sb.Append("topics: [").Append(string.Join(", ", plan.Topics)).Append("]\n");
        sb.Append("---\n\n");
        foreach (var block in plan.Body)
            AppendBlock(sb, block);
        return sb.ToString();
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                sb.Append(p.Text).Append("\n\n");
                break;
            case Heading h:
                sb.Append("## ").Append(h.Text).Append("\n\n");
                break;
            case ListBlock l:
                for (var i = 0; i < l.Items.Count; i++)
                    sb.Append(l.Ordered ? $"{i + 1}. " : "- ").Append(l.Items[i]).Append('\n');
                sb.Append('\n');
                break;
            case TableBlock t:
                sb.Append("| ").AppendJoin(" | ", t.Rows[0]).Append(" |\n");
                sb.Append('|').AppendJoin('|', t.Rows[0].Select(_ => " --- ")).Append("|\n");
                foreach (var row in t.Rows.Skip(1))
                    sb.Append("| ").AppendJoin(" | ", row).Append(" |\n");
                sb.Append('\n');
                break;
        }
    }

    private static string Quoted(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
