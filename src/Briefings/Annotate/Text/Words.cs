namespace Briefings.Annotate.Text;

/// <summary>
/// A thread's memory of the words it has scanned, each with its key. An archive's articles share most of their
/// words, so the scanner takes a word's string and key from here instead of cutting and folding them anew at every
/// occurrence (two strings per word of every article). Each worker thread has its own table, emptied when it grows
/// past a vocabulary's worth, so nothing is shared and nothing grows without bound.
/// </summary>
internal static class Words
{
    private const int Capacity = 1 << 16;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    /// <summary>The word as a string, and its key (<see cref="ScannedText.Key"/>).</summary>
    public static (string Word, string Key) Of(ReadOnlySpan<char> word)
    {
        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var text, out var key))
            return (text, key);
        if (keys.Count >= Capacity)
            keys.Clear();
        text = word.ToString();
        key = ScannedText.Key(text);
        keys[text] = key;
        return (text, key);
    }
}
