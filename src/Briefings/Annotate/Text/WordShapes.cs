using System.Collections;

namespace Briefings.Annotate.Text;

/// <summary>
/// A quick "certainly not" before a word is looked up in a table of words: one bit per shape of word (its length and
/// its first and last letters), set for every word the table holds. The annotator asks such tables about every word of
/// every article and most words are in none of them; a look-up hashes the word and compares strings, a bit is one
/// read of a 4 KB array. Words of the same shape can share a bit, so a set bit means only "look it up".
/// </summary>
internal sealed class WordShapes
{
    private readonly BitArray _bits = new(1 << 15);

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
            _bits[Of(word)] = true;
    }

    /// <summary>False when no word of the table has this word's shape, so the table cannot hold it.</summary>
    public bool MayHold(ReadOnlySpan<char> word) => _bits[Of(word)];

    private static int Of(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (Math.Min(word.Length, 31) << 10) | ((word[0] & 31) << 5) | (word[^1] & 31);
}
