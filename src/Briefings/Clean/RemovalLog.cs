namespace Briefings.Clean;

/// <summary>Collects what cleaning removed, by category, in the order it happened; identical entries are kept once.</summary>
internal sealed class RemovalLog
{
    private readonly List<Removal> _removals = [];
    private readonly HashSet<(string, string)> _seen = [];

    public IReadOnlyList<Removal> Removals => _removals;

    public void Add(string category, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
            return;
        if (text.Length > 160)
            text = text[..157] + "...";
        if (_seen.Add((category, text)))
            _removals.Add(new Removal(category, text));
    }
}
