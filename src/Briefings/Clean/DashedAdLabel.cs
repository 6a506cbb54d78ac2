namespace Briefings.Clean;

/// <summary>
/// An advertisement's label set between dashes on a line of its own, as a European regional daily's site prints it
/// over the advertiser's copy (<c>- ANZEIGE -</c>, <c>- Advertisement -</c>): its opening dash reads as a bullet, so it
/// arrives as a one-item list. Made a paragraph again, it is the ad slot's label the promotion rules know, and goes
/// with the copy under it.
/// </summary>
internal static class DashedAdLabel
{
    public static void Unlist(List<Block> blocks)
    {
        foreach (var b in blocks)
            if (b.Kind == BlockKind.ListItem && b.Text.Length <= 40 && b.Text.EndsWith(" -", StringComparison.Ordinal) && PromoRules.IsAdSlot(b.Text))
            {
                b.Kind = BlockKind.Paragraph;
                b.Text = "- " + b.Text;
            }
    }
}
