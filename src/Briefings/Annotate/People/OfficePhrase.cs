using Briefings.Annotate.Text;

namespace Briefings.Annotate.People;

/// <summary>Where an office phrase stands relative to the name it describes.</summary>
internal enum PhrasePlace
{
    /// <summary>"Canadian Prime Minister Justin Trudeau", "Mr Putin".</summary>
    Before,
    /// <summary>"Spain's prime minister, Pedro Sánchez".</summary>
    AppositiveBefore,
    /// <summary>"Robert Fico, Slovakia's prime minister".</summary>
    AppositiveAfter,
}

/// <summary>
/// The words that describe a person next to their name: an office, an expertise, a courtesy title, with the country
/// and the time modifiers ("former", "new") split out.
/// </summary>
/// <param name="Core">Folded keys of the office words without determiners, modifiers and country: ["prime", "minister"].</param>
/// <param name="Office">The office as the text wrote it ("Prime Minister"), or null when the phrase names none.</param>
/// <param name="Qualifier">Country or organisation as written ("Canadian", "Spain", "European Union"), if any.</param>
/// <param name="Modifiers">Time modifiers found: former, new, incoming, then, late, acting…</param>
internal sealed record OfficePhrase(
    PhrasePlace Place,
    IReadOnlyList<string> Core,
    string? Office,
    string? Qualifier,
    string? QualifierKey,
    IReadOnlyList<string> Modifiers,
    bool HasOfficeHead,
    bool HasExpertHead,
    bool HonorificOnly)
{
    /// <summary>True when the phrase describes a public post (an expert descriptor alone does not).</summary>
    public bool IsOffice => HasOfficeHead && !IsExpertRole;

    /// <summary>An expert descriptor, or an office head that is really a think-tank title ("director", "head", "chief" beside "expert").</summary>
    public bool IsExpertRole => HasExpertHead && !Core.Any(k => k is "minister" or "president" or "ambassador" or "secretary" or "premier" or "chancellor" or "envoy" or "adviser" or "advisor" or "senator" or "spokesman" or "spokeswoman" or "spokesperson" or "diplomat" or "general");

    /// <summary>A town's office ("Mayor Heinz Obermann"): a post, but not one that makes its holder a leader in world news.</summary>
    public bool IsLocalOffice => Core is ["mayor"] or [_, "mayor"];

    public bool Has(string modifier) => Modifiers.Contains(modifier);

    public string CoreText => string.Join(' ', Core);
}
