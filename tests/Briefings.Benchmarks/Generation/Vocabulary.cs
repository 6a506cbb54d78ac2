namespace Briefings.Benchmarks.Generation;

/// <summary>Word lists the synthetic prose is assembled from: generic geopolitics reporting, no real quotations.</summary>
internal static class Vocabulary
{
    public static readonly string[] Capitals =
    [
        "Washington", "Moscow", "Beijing", "Brussels", "Kyiv", "Berlin", "Paris", "London", "Tokyo", "Ankara",
        "Tehran", "New Delhi", "Warsaw", "Tallinn", "Seoul", "Canberra", "Ottawa", "Rome", "Vienna", "Geneva",
    ];

    public static readonly string[] Actors =
    [
        "The government", "Officials", "Diplomats", "The ministry", "Negotiators", "Analysts", "Senior advisers",
        "The delegation", "Lawmakers", "Allied governments", "Military planners", "Trade officials", "Envoys",
    ];

    public static readonly string[] Verbs =
    [
        "warned of", "pressed for", "rejected", "signalled support for", "called for", "questioned", "welcomed",
        "pushed back against", "proposed", "played down", "raised concerns about", "insisted on", "agreed on",
        "set out plans for", "cast doubt on", "renewed calls for", "stepped up pressure over", "defended",
    ];

    public static readonly string[] Objects =
    [
        "new export controls", "a ceasefire proposal", "closer energy ties", "a phased withdrawal", "a new round of talks",
        "tighter sanctions", "joint military exercises", "a long-term supply deal", "limits on investment",
        "an independent inquiry", "debt relief", "a framework agreement", "security guarantees", "a customs union",
        "higher defence spending", "restrictions on chip exports", "a prisoner exchange", "an emergency summit",
        "the deployment of air defences", "a freeze on new projects", "a review of the treaty", "grain shipments",
    ];

    public static readonly string[] Clauses =
    [
        "after weeks of quiet contacts", "despite objections from several capitals", "ahead of a crucial vote",
        "as markets reacted nervously", "while talks continued behind closed doors", "in a statement released late on Monday",
        "according to people familiar with the discussions", "in a move seen as a test of the alliance",
        "at a news conference after the meeting", "in remarks broadcast on state television", "as the deadline approached",
        "following a phone call between the two sides", "amid growing frustration in the region",
    ];

    public static readonly string[] Observations =
    [
        "The decision is likely to shape the agenda for months to come.",
        "Few expect a quick breakthrough, and both sides have prepared for a long standoff.",
        "Markets had largely priced in the outcome, but the language surprised some observers.",
        "The wording of the final communiqué was negotiated until the early hours.",
        "Critics said the measures came too late to change the situation on the ground.",
        "Supporters argued that the approach gives diplomacy more room than open confrontation.",
        "Officials declined to give a timetable, saying only that work would continue at expert level.",
        "The announcement followed months of speculation in the regional press.",
        "Several smaller states asked for guarantees that their interests would not be traded away.",
        "A spokesperson said further details would be published in the coming days.",
    ];

    public static readonly string[] HeadingWords =
    [
        "What was agreed", "Why it matters", "The view from the region", "What comes next", "The numbers",
        "A cautious response", "Behind the talks", "The sticking points", "Reaction at home", "The wider picture",
    ];

    public static readonly string[] FirstNames = ["Anna", "Martin", "Olga", "James", "Lena", "Tomas", "Priya", "Hiro", "Sofia", "Daniel", "Mara", "Yusuf"];

    public static readonly string[] LastNames = ["Kehler", "Danylenko", "Whitfield", "Moreau", "Sato", "Ellison", "Novak", "Brandt", "Okafor", "Lindqvist", "Ferreira", "Kowal"];

    public static readonly string[] Outlets = ["Associated Press", "Reuters", "AFP", "The Daily Ledger", "World Desk", "The Supply Line", "Euro Monitor"];

    public static readonly string[] Agencies = ["AP", "AFP", "Reuters", "dpa", "Yonhap"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
