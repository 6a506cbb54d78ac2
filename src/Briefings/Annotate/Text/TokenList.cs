using System.Runtime.InteropServices;

namespace Briefings.Annotate.Text;

/// <summary>
/// A scanned text's words, read-only. A struct over the list rather than an <c>IReadOnlyList</c>: the annotator's
/// rules index words several times per word of every article, and an interface call per index (with a copy of the
/// word) was a measurable part of annotating; this indexer is inlined and hands out a reference. It is deliberately
/// no <c>IEnumerable</c>: LINQ's Skip and Any over it would walk the words one interface call at a time.
/// </summary>
/// <param name="first">Where these words begin in <paramref name="items"/>: 0, or the first word of a suffix (<see cref="ScannedText.From"/>).</param>
public readonly struct TokenList(List<Token> items, int first)
{
    public int Count => items.Count - first;

    public ref readonly Token this[int index] => ref AsSpan()[index];

    public ReadOnlySpan<Token> AsSpan() => CollectionsMarshal.AsSpan(items)[first..];

    public ReadOnlySpan<Token> Slice(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>A copy, for the few callers that build something once with LINQ (the knowledge base's names and terms).</summary>
    public Token[] ToArray() => AsSpan().ToArray();

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>True when some word satisfies <paramref name="match"/>.</summary>
    public bool Any(Func<Token, bool> match)
    {
        foreach (ref readonly var token in AsSpan())
            if (match(token))
                return true;
        return false;
    }
}
