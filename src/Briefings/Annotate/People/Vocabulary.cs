using Briefings.Annotate.Text;

namespace Briefings.Annotate.People;

/// <summary>
/// Word lists the name rules rely on, all as folded lower-case keys. They describe English news prose, not any
/// article: titles that come before a name, words that say a name is part of a place or a firm, and so on.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Courtesy titles: they may precede a surname alone ("Mr Putin") and are never part of the name.</summary>
    public static readonly WordSet Honorifics = Set(
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "herr", "frau", "monsieur",
        "ayatollah", "sheikh", "sheik", "sheikha", "sayyid", "emir", "king", "queen", "prince", "princess", "crown", "sultan", "pope",
        "president", "premier", "chancellor", "minister", "secretary", "general", "gen", "senator", "sen", "rep",
        "speaker", "governor", "gov", "ambassador", "admiral", "adm", "marshal", "colonel", "col", "commander",
        "prof", "professor", "chairman", "chairwoman", "chair", "leader", "comrade", "judge", "justice", "rev",
        "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "brigadier", "commodore", "corporal");

    /// <summary>Courtesy titles that say nothing of an office: between an office and a name they are skipped.</summary>
    public static readonly WordSet CourtesyTitles = Set(
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "herr", "frau", "monsieur",
        "sheikh", "sheik", "sheikha", "sayyid");

    /// <summary>Head words of an office: a phrase before or beside a name that contains one of these names a post.</summary>
    public static readonly WordSet OfficeHeads = Set(
        "president", "premier", "chancellor", "minister", "secretary", "speaker", "king", "queen", "emir", "sultan",
        "prince", "monarch", "leader", "chief", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "adviser", "advisor", "director", "senator", "general", "commander", "representative", "chairman",
        "chairwoman", "chair", "counsel", "taoiseach", "ayatollah", "counterpart", "head", "governor", "attorney",
        "mayor", "vice", "deputy", "diplomat");

    /// <summary>Words that may sit inside an office phrase besides the head ("Secretary of State for Defence").</summary>
    public static readonly WordSet OfficeWords = Set(
        "prime", "foreign", "defence", "defense", "interior", "home", "finance", "treasury", "commerce", "trade",
        "state", "of", "for", "the", "general", "security", "national", "affairs", "economy", "economic", "energy",
        "culture", "justice", "health", "war", "armed", "forces", "policy", "supreme", "acting", "interim", "caretaker",
        "house", "senate", "parliament", "parliamentary", "majority", "minority", "senior", "top", "chief", "staff",
        "joint", "chiefs", "intelligence", "cia", "fbi", "nsa", "un", "us", "u", "s", "eu", "nato", "european",
        "commission", "council", "high", "union", "ministry", "kremlin", "white", "party", "communist", "politburo",
        "member", "opposition", "special", "counsel", "assistant", "under", "cabinet", "first", "vice", "deputy",
        "crown", "grand", "the", "external", "international", "development", "transport", "digital", "technology",
        "industry", "agriculture", "environment", "climate", "education", "labour", "labor", "veterans", "homeland",
        "budget", "office", "management", "central", "bank", "reserve", "federal", "federation", "republic",
        "people's", "peoples", "army", "navy", "air", "force", "military", "district", "region", "regional",
        "european", "and", "to", "in", "at", "on", "ministry's", "spokesman", "press", "administrator", "cyber",
        "exchequer", "intergovernmental", "relations", "diplomat", "diplomacy", "civilian", "counterpart", "executive");

    /// <summary>Words before an office that say when the person held it: they change what the mention proves about the date.</summary>
    public static readonly WordSet TimeModifiers = Set("former", "ex", "new", "newly", "incoming", "outgoing", "then", "late", "acting", "interim", "future", "elect", "designate", "current", "sitting", "caretaker", "longtime", "veteran", "recently", "appointed", "elected");

    /// <summary>Heads that describe people quoted for what they know, not for an office they hold.</summary>
    public static readonly WordSet ExpertHeads = Set(
        "expert", "experts", "analyst", "analysts", "scholar", "professor", "researcher", "fellow", "economist",
        "journalist", "reporter", "correspondent", "commentator", "columnist", "historian", "author", "editor",
        "strategist", "specialist", "academic", "observer", "consultant", "lecturer", "writer", "sinologist",
        "kremlinologist", "pollster", "activist", "blogger", "broadcaster", "campaigner", "lawyer", "scientist");

    /// <summary>Words after a name that make it a place, a firm, an institution or an era rather than the person.</summary>
    public static readonly WordSet TrapNouns = Set(
        "administration", "administrations", "tower", "towers", "memorial", "center", "centre", "hole", "airport",
        "foundation", "library", "institute", "institution", "university", "college", "school", "museum", "motor", "motors",
        "company", "corporation", "corp", "inc", "ltd", "plc", "group", "holdings", "industries", "street", "avenue",
        "boulevard", "road", "bridge", "square", "park", "plaza", "stadium", "arena", "hall", "building", "hotel",
        "station", "hospital", "highway", "dam", "island", "county", "prize", "award", "trophy", "cup", "doctrine",
        "fund", "trust", "organization", "organisation", "estate", "resort", "tunnel", "port", "harbour", "harbor",
        "line", "lines", "class", "bay", "lake", "river", "mountain", "mount", "city", "town", "cabinet",
        "brand", "brands", "media", "presidential", "campaign", "era", "years", "family", "doctrine", "effect", "bump",
        "causeway", "canal", "mosque", "expressway", "motorway", "terminal", "international", "tribunal", "court",
        "convention", "conventions", "garden", "gardens");

    /// <summary>Words before a name that make it a ship's: "USS Ronald Reagan", "the carrier Abraham Lincoln".</summary>
    public static readonly WordSet ShipWords = Set(
        "uss", "hms", "hmas", "hmcs", "ins", "carrier", "destroyer", "frigate", "cruiser", "warship", "submarine", "ship", "vessel");

    /// <summary>Words a place's name ends with that are nobody's surname: "White House Rose Garden", "Downing Street".</summary>
    public static readonly WordSet PlaceEndings = Set(
        "garden", "gardens", "street", "avenue", "boulevard", "square", "plaza", "airport", "bridge", "tower", "towers",
        "stadium", "arena", "causeway", "canal", "expressway", "motorway", "tunnel", "palace", "cathedral", "mosque");

    /// <summary>Capitalised words that start sentences or name calendar units: never someone's given name.</summary>
    public static readonly WordSet NotNames = Set(
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "from", "with", "without", "and", "but", "or",
        "nor", "so", "yet", "as", "if", "when", "while", "after", "before", "since", "until", "though", "although",
        "because", "unlike", "like", "under", "over", "during", "despite", "meanwhile", "however", "also", "both",
        "even", "only", "then", "now", "today", "yesterday", "tomorrow", "still", "instead", "indeed", "already",
        "that", "this", "these", "those", "there", "here", "where", "what", "which", "who", "whom", "whose", "why",
        "how", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
        "mr", "mrs", "ms", "dr", "not", "no", "yes", "all", "some", "many", "most", "much", "more", "few", "several",
        "each", "every", "other", "another", "such", "once", "later", "earlier", "last", "next", "first", "second",
        "asked", "said", "says", "told", "according", "speaking", "writing", "reporting", "following", "ahead",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "has", "have", "had", "do",
        "does", "did", "did", "let", "let's", "read", "see", "watch", "follow", "share", "photo", "image", "source",
        "credit", "getty", "reuters", "ap", "afp", "epa", "via", "sign", "subscribe", "related", "more", "advertisement",
        "former", "new", "acting", "late", "ex", "incoming", "top", "senior", "deputy", "vice",
        // Titles in the plural head a list of surnames ("Judges Tomka, Abraham and Bennouna"), never a given name.
        "judges", "justices", "presidents", "ministers", "senators", "generals", "leaders", "ambassadors", "messrs");

    public static bool IsNotName(string key) => NotNames.Contains(key) || Honorifics.Contains(key) || OfficeHeads.Contains(key);

    /// <summary>Lower-case particles inside names: al-Assad, bin Salman, van der Leyen, de Gaulle.</summary>
    public static readonly WordSet NameParticles = Set("al", "el", "bin", "ibn", "bint", "de", "der", "den", "van", "von", "da", "di", "dos", "das", "del", "della", "du", "le", "la", "ben", "abu", "ter", "zu");

    /// <summary>Words ending a name in reported speech: "..., Alexander Gabuev said".</summary>
    public static readonly WordSet SpeechVerbs = Set("said", "says", "told", "added", "wrote", "writes", "argued", "argues", "warned", "warns", "noted", "notes", "explained", "explains", "believes", "believed", "thinks", "suggested", "suggests", "commented", "stated", "observed");

    /// <summary>Words that make a capitalised run an organisation, a place or a publication rather than a person.</summary>
    public static readonly WordSet OrganisationWords = Set(
        "ministry", "department", "council", "agency", "office", "house", "party", "union", "times", "post", "news",
        "journal", "bank", "group", "institute", "university", "center", "centre", "committee", "commission", "forces",
        "army", "navy", "force", "reuters", "press", "association", "government", "state", "states", "kingdom",
        "republic", "federation", "nations", "court", "parliament", "congress", "senate", "assembly", "company",
        "corporation", "fund", "foundation", "street", "square", "sea", "ocean", "river", "island", "islands",
        "korea", "china", "russia", "america", "europe", "africa", "asia", "east", "west", "north", "south", "media",
        "television", "tv", "radio", "agency", "service", "services", "organization", "organisation", "alliance",
        "treaty", "summit", "forum", "conference", "club", "network", "channel", "daily", "weekly", "herald", "tribune",
        "guardian", "telegraph", "express", "mail", "economist", "bloomberg", "politico", "kremlin", "pentagon",
        "white", "downing", "capitol", "hill", "city", "province", "region", "district", "valley", "international",
        "global", "world", "national", "federal", "central", "general", "security", "defence", "defense", "foreign",
        "energy", "oil", "gas", "stream", "pipeline", "project", "program", "programme", "initiative", "strategy",
        "plan", "act", "law", "bill", "day", "week", "year", "war", "cold", "crisis", "games", "olympics", "cup",
        "memorial", "tower", "airport", "hole", "motor", "motors", "inc", "ltd", "plc", "llc", "co", "ag", "sa",
        "guard", "guards", "corps", "brigade", "brigades", "battalion", "battalions", "regiment", "militia", "militias",
        "movement", "front", "command", "directorate", "police", "cabinet", "mobilisation", "mobilization", "units",
        "hezbollah", "hamas", "taliban", "wagner", "jihad", "authority", "bureau", "secretariat", "mission", "embassy",
        "affairs", "relations", "studies", "division", "control", "proliferation", "non-proliferation", "nonproliferation",
        "disarmament", "cooperation", "co-operation", "development", "trade", "integration");

    /// <summary>
    /// Countries and territories whose names are two or more capitalised words, as folded phrase keys: "The
    /// representative of Costa Rica said" introduces a delegation, not a person called Costa Rica.
    /// </summary>
    public static readonly WordSet CountryNames = Set(
        "costa rica", "sri lanka", "new zealand", "south africa", "saudi arabia", "north korea", "south korea",
        "el salvador", "sierra leone", "burkina faso", "cape verde", "cabo verde", "ivory coast", "papua new guinea",
        "trinidad and tobago", "bosnia and herzegovina", "san marino", "puerto rico", "hong kong", "east timor",
        "united states", "united kingdom", "united arab emirates", "czech republic", "dominican republic",
        "central african republic", "solomon islands", "marshall islands", "equatorial guinea", "saint lucia",
        "antigua and barbuda", "north macedonia", "south sudan", "western sahara", "vatican city", "sao tome and principe",
        "saint kitts and nevis", "saint vincent and the grenadines", "new caledonia", "faroe islands", "cook islands",
        "united nations", "european union", "gaza strip", "west bank", "north ossetia", "south ossetia", "nagorno karabakh",
        "republic of korea", "people's republic of china", "russian federation", "holy see", "great britain",
        "northern ireland", "soviet union", "east germany", "west germany", "south vietnam", "north vietnam");

    private static WordSet Set(params string[] words) => new(words);
}
