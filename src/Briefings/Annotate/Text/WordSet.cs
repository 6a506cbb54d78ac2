using System.Collections;

namespace Briefings.Annotate.Text;

/// <summary>
/// A fixed list of folded word keys (<see cref="ScannedText.Key"/>), asked whether it holds a word: the annotator's
/// word lists, asked about almost every word of every article, which most words are not in. The word's shape is
/// checked first (<see cref="WordShapes"/>), so most answers cost no hashing of the word.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words;
    private readonly WordShapes _shapes;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _shapes = new WordShapes(_words);
    }

    public bool Contains(string word) => _shapes.MayHold(word) && _words.Contains(word);

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
