using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.Topics;

/// <summary>
/// Files an article under every topic it substantially covers, not every topic it brushes. A topic's score is the
/// weight of its terms times how often they occur (each count capped at <see cref="MaxCountPerTerm"/>, so one
/// word repeated cannot carry a topic), with a term in the title worth <see cref="TitleFactor"/> times its weight.
/// A term that also names one of the parties the topic requires ("putin" for US–Russia) shows who is involved rather
/// than what the story is about: it counts at most <see cref="MaxCountPerParty"/> times, as the parties' groups do, so
/// a story about Putin and Pyongyang that quotes an American once does not become a US–Russia story.
/// The article needs the topic's threshold, and every <c>requires</c> group must reach its minimum.
/// Weights, thresholds and groups are data in <c>topics.yml</c>.
/// </summary>
public sealed class TopicScorer
{
    public const int MaxCountPerTerm = 4;
    public const int MaxCountPerParty = 3;
    public const double TitleFactor = 2;

    private readonly IReadOnlyList<Topic> _topics;
    // One matcher for every term list, so the body is scanned once: the topics' own terms are groups 0..n-1, then
    // each required group in turn (its owner and minimum in _requirementOwners).
    private readonly TermMatcher _terms;
    private readonly List<(int Topic, double Minimum)> _requirementOwners = [];

    public TopicScorer(IReadOnlyList<Topic> topics)
    {
        _topics = topics;
        var groups = new List<IReadOnlyList<TopicTerm>>(topics.Select(t => t.Terms));
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var r in topics[t].Requires)
            {
                groups.Add(r.Terms);
                _requirementOwners.Add((t, r.Minimum));
            }
        }
        // The required groups' own terms, and a topic's terms that also stand in one of them, name parties.
        _terms = new TermMatcher(groups, (group, term) => group >= topics.Count || topics[group].Requires.Any(r => r.Terms.Any(t => t.Text == term.Text)));
    }

    /// <summary>Each topic's score, and whether its required groups are all present.</summary>
    public IReadOnlyList<(Topic Topic, double Score, bool RequirementsMet)> Score(ScannedText title, ScannedText body)
    {
        var inBody = _terms.Score(body, MaxCountPerTerm, MaxCountPerParty);
        var inTitle = _terms.Score(title, 1);
        var met = Enumerable.Repeat(true, _topics.Count).ToArray();
        for (var g = 0; g < _requirementOwners.Count; g++)
        {
            var (topic, minimum) = _requirementOwners[g];
            var group = _topics.Count + g;
            if (inBody[group] + TitleFactor * inTitle[group] < minimum)
                met[topic] = false;
        }
        return [.. _topics.Select((t, i) => (t, inBody[i] + TitleFactor * inTitle[i], met[i]))];
    }

    /// <summary>Articles of about this many words or more need a topic's full threshold.</summary>
    public const int FullLengthWords = 400;

    /// <summary>The smallest share of the threshold a very short article needs.</summary>
    public const double ShortestShare = 0.6;

    /// <summary>
    /// The ids of the topics the article substantially covers, in taxonomy order. A short piece has less room to
    /// repeat its subject, so its thresholds shrink with its length (to no less than <see cref="ShortestShare"/>).
    /// </summary>
    public IReadOnlyList<string> Topics(ScannedText title, ScannedText body)
    {
        var share = Math.Clamp(body.Tokens.Count / (double)FullLengthWords, ShortestShare, 1);
        return [.. Score(title, body).Where(s => s.RequirementsMet && s.Score > 0 && s.Score >= s.Topic.Threshold * share).Select(s => s.Topic.Id)];
    }
}
