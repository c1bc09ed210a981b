/**
 * The English language object: every word list, regex table and prompt template the generator
 * uses, in one record (like a date-fns Locale). A new language is one folder with a file of this
 * shape. General knowledge only: nothing here names a thing from one particular article.
 */
export const REPORTING_VERBS = new Set([
  "said", "says", "say", "told", "tells", "tell", "asked", "asks", "added", "adds", "wrote", "writes",
  "announced", "announces", "stated", "states", "explained", "explains", "replied", "insisted", "declared",
  "warned", "claimed", "claims", "noted", "notes", "argued", "argues", "admitted", "recalled", "recalls",
  "continued", "continues", "remarked", "tweeted", "reported", "suggested", "suggests", "joked", "uttered",
  "concluded", "commented", "acknowledged", "insists", "laughs", "laughed", "adding", "saying", "telling",
]);

/** Nouns that make an apposition or a title describe a person ("X, the interior minister"). */
export const PERSON_NOUNS = new Set(
  ("minister spokesman spokeswoman spokesperson president secretary leader founder counsellor counselor activist " +
    "archaeologist specialist expert officer director executive chief head professor scientist researcher author " +
    "engineer technician teacher student refugee farmer cook chef climber mountaineer astronomer envoy ambassador " +
    "member chairman chairwoman chair mp senator governor mayor king queen prince princess general commander " +
    "colonel captain soldier doctor surgeon nurse lawyer judge journalist reporter editor writer novelist poet " +
    "artist singer actor actress player coach manager owner worker analyst economist historian geneticist " +
    "genealogist biologist physicist chemist geologist psychologist campaigner protester priest bishop archbishop " +
    "pope imam rabbi monk son daughter wife husband mother father brother sister friend partner descendant " +
    "boy girl man woman child teenager pupil resident citizen villager guide sherpa pilot astronaut explorer " +
    "inventor entrepreneur businessman businesswoman banker adviser advisor consultant official spokesmen " +
    "deputy vice-president prime premier chancellor diplomat veteran survivor victim winner champion " +
    "photographer filmmaker director producer designer architect planner programmer developer founder " +
    "co-founder campaigner lecturer academic scholar fellow curator librarian councillor commissioner " +
    "dancer ballerina choreographer conductor musician composer pianist violinist cellist guitarist drummer " +
    "rapper comedian broadcaster presenter footballer striker goalkeeper midfielder cyclist athlete sprinter " +
    "swimmer boxer jockey golfer skier skydiver")
    .split(/\s+/),
);

export const HONORIFICS = new Set(
  ("mr mrs ms miss dr sir dame lord lady prof professor president archbishop bishop general colonel captain king queen prince princess pope rev father sister brother sheikh imam " +
    // Abbreviated titles, with and without their full stop ("State Sen. Dawn Addiego", "Gov. Chris Christie").
    "mr. mrs. ms. dr. prof. rev. sen sen. rep rep. gov gov. lt lt. gen gen. col col. capt capt. sgt sgt. cllr cllr. supt supt. insp insp. det det.").split(" "),
);

export const ORG_WORDS = new Set(
  ("university college school institute institution society committee council commission registry service " +
    "corporation company group party fund foundation association agency ministry department bank army navy " +
    "police court parliament government organisation organization union alliance movement league federation " +
    "club trust network office board authority assembly congress senate museum hospital church cathedral " +
    "inc ltd plc corp news times post guardian press television radio bbc cnn nato " +
    "customs revenue academy laboratory centre center project programme program initiative campaign").split(" "),
);

/** Last words that make a name an institution or a company ("the Vic Wells Ballet", "Abbey Road Studios"): never a person. */
export const INSTITUTION_HEADS = new Set(
  ("ballet orchestra opera theatre theater company club museum gallery school university college " +
    "hospital council party network studio studios records band choir ensemble academy institute society " +
    "foundation league association federation union trust church cathedral library zoo").split(" "),
);

/** Last words that make a name a prize or an event ("Grammy Award", "Booker Prize", "Cannes Film Festival"): neither a person nor an organisation. */
export const AWARD_HEADS = new Set("award awards prize prizes trophy cup medal championship championships festival show series programme program act acts bill directive treaty".split(" "));

export const PLACE_WORDS = new Set(
  ("city town village valley river mountain mountains mount lake island islands sea ocean bay coast desert " +
    "province state county district region territory street road square park camp base peak glacier " +
    "kingdom republic capital airport station port").split(" "),
);

export const MONTHS = new Set(
  "january february march april may june july august september october november december".split(" "),
);
export const DAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));

// Fallback distractors when an article has too few of its own, by world region, so that a gap about
// Syria offers Lebanon rather than Japan. The region is the key's own, or else the one most of the
// article's places belong to. Parts of one another (England, the UK) are left out: one could contain the key.
export const FALLBACK_REGIONS: Record<string, { Country: string[]; City: string[] }> = {
  europe: {
    Country: ["France", "Germany", "Spain", "Italy", "Norway", "Ireland", "Portugal", "Belgium", "Netherlands", "Sweden", "Iceland", "Denmark", "Poland", "Greece", "Switzerland", "Austria"],
    City: ["Paris", "London", "Berlin", "Madrid", "Rome", "Lisbon", "Oslo", "Dublin", "Brussels", "Amsterdam", "Geneva", "Vienna", "Stockholm", "Copenhagen", "Reykjavik", "Manchester", "Birmingham", "Edinburgh", "Lyon", "Marseille"],
  },
  "middle east": {
    Country: ["Syria", "Lebanon", "Jordan", "Iraq", "Iran", "Turkey", "Israel", "Egypt", "Saudi Arabia", "Yemen"],
    City: ["Damascus", "Aleppo", "Beirut", "Amman", "Baghdad", "Tehran", "Cairo", "Istanbul"],
  },
  africa: {
    Country: ["Mali", "Niger", "Nigeria", "Senegal", "Ghana", "Kenya", "Liberia", "Sierra Leone", "Chad", "Algeria", "Libya", "Sudan", "South Africa", "Ivory Coast", "Togo", "Benin", "Burkina Faso", "Morocco", "Ethiopia"],
    City: ["Bamako", "Dakar", "Lagos", "Accra", "Nairobi", "Monrovia", "Freetown", "Johannesburg", "Cape Town", "Abuja", "Algiers", "Tripoli", "Khartoum"],
  },
  "south asia": {
    Country: ["Pakistan", "India", "Afghanistan", "Bangladesh", "Nepal", "Sri Lanka", "Bhutan"],
    City: ["Karachi", "Lahore", "Islamabad", "Delhi", "Mumbai", "Kabul", "Kathmandu", "Dhaka"],
  },
  "east asia": {
    Country: ["China", "Japan", "Thailand", "Vietnam", "Indonesia", "Malaysia", "Philippines", "South Korea", "North Korea"],
    City: ["Beijing", "Shanghai", "Tokyo", "Bangkok", "Hanoi", "Jakarta", "Manila", "Seoul"],
  },
  americas: {
    Country: ["Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "US", "USA", "America", "United States"],
    City: ["Toronto", "Montreal", "Vancouver", "New York", "Chicago", "Washington", "Los Angeles", "Mexico City", "Lima", "Bogotá"],
  },
};


export const COLOURS = ["red", "orange", "yellow", "green", "blue", "white", "black", "amber", "purple", "grey", "scarlet", "bright red", "dark red"];

export const DEMONYM_END = /(?:ian|ese|ish|an|i|ic)$/;

/** Units a number is measured in; any other next word ("come", "drinking") is no unit. */
export const MEASURES = new Set(
  ("% miles mile km kilometres kilometers metres meters m cm mm feet ft inches kg kilograms grams g tonnes tons pounds lb " +
    "litres liters gallons years year months month weeks week days day hours hour minutes minute seconds second decades " +
    "centuries degrees mph acres hectares square per cent percent dollars euros $ £ € $bn $m £bn £m €bn €m bn calories watts volts").split(" "),
);

/** Words that end a street's name: the number before "N. Rampart St." or "Downing Street" is an address. */
export const STREET_WORDS = /^(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Terrace|Court|Ct|Highway|Hwy|Parkway|Crescent|Close|Row)\.?$/;

/** How a sum's unit is said and typed: "£5m" is asked in "million pounds", and "£m", "m" or "million" count too. */
export const CURRENCY_NAMES: Record<string, string> = { "£": "pounds", $: "dollars", "€": "euros" };
export const SCALE_NAMES: Record<string, string> = { m: "million", bn: "billion" };
export const PERCENT_ALIASES = ["percent", "per cent", "pc"];

/** Names for one and the same country: offered side by side, or beside one another in the stem, one makes the other true. */
export const ALIASES: string[][] = [
  ["us", "usa", "united states", "united states of america", "america"],
  ["uk", "britain", "great britain", "united kingdom"],
  ["holland", "netherlands", "the netherlands"],
];

/** Institutions and brands every student knows: a gap on one is answered without the article. */
/** Seasons and festivals: after "this", "last" or "next" the stem alone names them ("the latest toy this ___"). */
export const FESTIVALS = /^(christmas|easter|new year|thanksgiving|halloween|ramadan|eid|diwali|hanukkah|summer|winter|spring|autumn)$/i;
export const FAMOUS = /^(the )?(white house|united nations|un|european union|eu|nato|pentagon|kremlin|vatican|nasa|fbi|cia|bbc|red cross|world health organization|who|olympics?|world cup|google|facebook|apple|microsoft|amazon|twitter)$/i;

/** Explicit cause/effect connectives: the cause follows the connective ("because …") or precedes it ("…, so …"). */
export const CAUSE_AFTER = /\b(because of|because|due to|owing to|thanks to|as a result of|in response to|after|since)\b/i;
export const EFFECT_AFTER = /(?:,|;|—|–)\s*(so|so that|which means|which meant|leading to|resulting in|causing|forcing)\b|\b(as a result|as a consequence|consequently|therefore|this means|this meant)\b,?|\b(led to|leads to|lead to|caused|causes|resulted in|results in|prompted|forced|meant that)\b/i;

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words too common to carry a sentence's meaning (for centrality and overlap). */
export const STOPWORDS = new Set(
  ("a an the and or but if of in on at to for with by from as is are was were be been being has have had do does did " +
    "not no it its this that these those he she they them his her their we our you your i me my who whom which what " +
    "when where why how there here than then so such also only just very more most much many some any all each other " +
    "into over after before about up down out off again will would can could should may might must said says say told " +
    "one two three new like even still because while although though per mr mrs ms dr").split(" "),
);

/** Negation of a statement's main auxiliary ("is" → "is not"), for true/false alterations. */
/**
 * Words that point back at an earlier sentence, so a sentence holding them says nothing shown alone:
 * "After that, …", "Before this, …", "Other donors …", "this clause", "those changes", "the latter". A demonstrative
 * before a time word ("this year", "this week") points at the calendar, not the text, and stays.
 */
export const BACK_REFERENCE = /^"?(?:Other|Another|The rest|The remaining)\b|^"?(?:After|Before|Since|Despite|Following|Because of|Under|Without|Besides|Beyond|Unlike|Like|Apart from|In addition to|As well as) (?:that|this|these|those|then|it|them|which)\b|\b(?:this|these|those) (?!(?:year|week|month|days|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|season|time|century|decade|term|season's|year's|week's|who|which|that|of|in|on|at|with|for|from|by|to|is|are|was|were|has|have|had|will|would|can|could|may|might|include|includes|remain|remains)\b)(?![a-z]+(?:ed|ing)\b)[a-z]+\b|\bthe (?:latter|former|same)\b|\bsuch (?:a|an)\b/i;
export const NEGATABLE = /\b(is|are|was|were|has|have|had|can|could|will|would|should|must|did|does|do)\b(?! not\b| never\b|n't)/;
export const NEGATION = /\b(not|never|no longer|n't|neither|nor|no one|nobody|nothing)\b/i;

/** Words whose meaning the options must not give away by repeating them. */
export const VOCAB_MIN_LENGTH = 6;

export const TEMPLATES = {
  centralArticle: "Which statement best expresses the central idea of the article?",
  centralParagraph: (n: number) => `Which statement best expresses the main point of paragraph ${n}?`,
  evidence: (claim: string) => `Select the sentence in the article that best supports this statement: ${claim}`,
  partA: (claim: string) => `Part A: According to the article, which statement is true? ${claim}`,
  partB: (focus: string) => `Part B: Which sentence from the article best supports the answer that ${focus}?`,
  why: (effect: string) => `According to the article, why ${effect}?`,
  whyAccording: (speaker: string, effect: string) => `According to ${speaker}, why ${effect}?`,
  result: (cause: string) => `According to the article, what happened as a result of ${cause}?`,
  vocabulary: (n: number, word: string) => `As used in paragraph ${n}, what does "${word}" most nearly mean?`,
  trueStatement: "Which statement is true according to the article?",
  enumeration: (noun: string) => `According to the article, what were the ${noun}?`,
  figure: (figure: string) => `According to the article, what does the ${/^\d/.test(figure) ? "figure" : "number"} ${figure} refer to?`,
};

/** Plurals that look singular ("5,000 fish"): a count of them is still a count of things. */
export const SAME_PLURALS = new Set("people fish sheep deer lynx police cattle aircraft species series offspring bison salmon personnel staff crew".split(" "));
/** Counted nouns too vague to name what was counted unless the article qualifies them ("people" alone). */
export const VAGUE_COUNTED = new Set("people persons individuals others ones things items cases examples kinds types sorts categories groups ways parts units bits pieces".split(" "));
/** Heads after a number that are not things counted: scales, fractions, multipliers, ranks. */
export const NOT_COUNTED = new Set("times dozen dozens hundreds thousands millions billions quarters thirds halves fifths tenths percent cent per fold points".split(" "));
