namespace Briefings.Annotate.Text;

/// <summary>
/// A thread's memory of the words it has scanned, each with its key. An archive's articles share most of their
/// words, so the scanner takes a word's string and key from here instead of cutting and folding them anew at every
/// occurrence (two strings per word of every article). The memory is a table of slots chosen by a hash of the word,
/// each holding the last word that fell there: looking a word up reads one slot and compares one string, where a
/// dictionary of the whole vocabulary read a bucket, an entry and the string, each likely a cache miss. A word that
/// meets another in its slot is cut and folded again; each worker thread has its own table, so nothing is shared.
/// </summary>
internal static class Words
{
    private const int Slots = 1 << 14;

    [ThreadStatic]
    private static (string Word, string Key)[]? t_slots;

    /// <summary>The word as a string, and its key (<see cref="ScannedText.Key"/>).</summary>
    public static (string Word, string Key) Of(ReadOnlySpan<char> word)
    {
        var slots = t_slots ??= new (string, string)[Slots];
        ref var slot = ref slots[Hash(word) & (Slots - 1)];
        if (slot.Word is { } known && word.SequenceEqual(known))
            return slot;
        var text = word.ToString();
        slot = (text, ScannedText.Key(text));
        return slot;
    }

    // FNV-1a: a few multiplications for a short word, and the same slot for the same word in every run.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
