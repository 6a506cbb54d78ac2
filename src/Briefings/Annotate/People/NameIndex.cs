using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>A spelling of someone's name as folded word keys, and whether it identifies them on its own.</summary>
internal sealed record NameForm(string[] Keys, bool[] MustBeCapitalized, Leader Leader, bool IsFull);

/// <summary>
/// The knowledge base's names, precomputed once per build: full names and aliases (which identify a person on
/// their own) and short names (which need a full mention or a role word), keyed by their first word.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<NameForm>> _byFirstKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Leader>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Leader>> _bySurnameSkeleton = new(StringComparer.Ordinal);
    // One-word names of the countries the leaders serve ("Montenegro", "Jordan"), which some surnames share.
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    // Asked about every capitalised word, most of which start no name.
    private readonly WordShapes _firstKeys;

    public NameIndex(IEnumerable<Leader> leaders)
    {
        foreach (var leader in leaders)
        {
            if (new ScannedText(leader.Country).Tokens is [var country])
                _countries.Add(country.Key);
            foreach (var full in leader.Aliases.Prepend(leader.Name).Distinct(StringComparer.Ordinal))
            {
                Add(full, leader, isFull: true);
                var words = new ScannedText(full).Tokens;
                if (words.Count > 1)
                    AddSurname(words[^1].Key, leader);
            }
            foreach (var shortName in leader.ShortNames)
            {
                var form = Add(shortName, leader, isFull: false);
                if (form is { Keys.Length: 1 })
                    AddSurname(form.Keys[0], leader);
            }
        }
        _firstKeys = new WordShapes(_byFirstKey.Keys);
    }

    /// <summary>Name forms whose first word is this key, longest first.</summary>
    public IReadOnlyList<NameForm> StartingWith(string key) => _firstKeys.MayHold(key) && _byFirstKey.TryGetValue(key, out var forms) ? forms : NoForms;

    // Asked for every capitalised word; most match nothing, and an empty collection expression here would be a new list.
    private static readonly NameForm[] NoForms = [];
    private static readonly Leader[] NoLeaders = [];

    /// <summary>People whose surname or short name is this key: a capitalised word that may be one of them.</summary>
    public IReadOnlyList<Leader> WithSurname(string key) => _bySurname.TryGetValue(key, out var list) ? list : NoLeaders;

    /// <summary>
    /// People whose surname is spelled with the same consonants (<c>Zelenskiy</c> / <c>Zelenskyy</c>, <c>Abdel</c> /
    /// <c>Abdul</c>): transliteration variants the knowledge base does not list. Short skeletons match nothing.
    /// </summary>
    public IReadOnlyList<Leader> WithSurnameLike(string key) =>
        Skeleton(key) is { Length: >= 4 } skeleton && _bySurnameSkeleton.TryGetValue(skeleton, out var list) ? list : NoLeaders;

    /// <summary>The word's consonants, without vowels, <c>y</c>, hyphens or doubled letters.</summary>
    public static string Skeleton(string key)
    {
        Span<char> chars = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if ("aeiouy-'’".Contains(c) || length > 0 && chars[length - 1] == c)
                continue;
            chars[length++] = c;
        }
        return new string(chars[..length]);
    }

    /// <summary>Whether the key is a one-word country name of the knowledge base ("montenegro").</summary>
    public bool IsCountry(string key) => _countries.Contains(key);

    /// <summary>True when the word is part of some known name (so it does not make a neighbouring short name someone else's).</summary>
    public bool IsNameWord(string key) => _byFirstKey.ContainsKey(key) || _bySurname.ContainsKey(key);

    private NameForm? Add(string name, Leader leader, bool isFull)
    {
        var tokens = new ScannedText(name).Tokens;
        if (tokens.Count == 0)
            return null;
        var words = tokens.ToArray();
        var form = new NameForm([.. words.Select(t => t.Key)], [.. words.Select(t => t.IsCapitalized)], leader, isFull);
        if (!_byFirstKey.TryGetValue(form.Keys[0], out var list))
            _byFirstKey[form.Keys[0]] = list = [];
        if (list.Any(f => f.Leader.Id == leader.Id && f.IsFull == isFull && f.Keys.SequenceEqual(form.Keys)))
            return form;
        list.Add(form);
        list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        return form;
    }

    private void AddSurname(string key, Leader leader)
    {
        if (!_bySurname.TryGetValue(key, out var list))
            _bySurname[key] = list = [];
        if (!list.Contains(leader))
            list.Add(leader);
        var skeleton = Skeleton(key);
        if (!_bySurnameSkeleton.TryGetValue(skeleton, out var similar))
            _bySurnameSkeleton[skeleton] = similar = [];
        if (!similar.Contains(leader))
            similar.Add(leader);
    }
}
