/**
 * Small closed word lists the heuristics rely on. compromise's lexicon supplies first names,
 * countries and cities; these lists cover what it lacks for news text.
 */
import nlp from "compromise";

type Lexicon = Record<string, string>;
let lexicon: Lexicon | undefined;
function lex(): Lexicon {
  lexicon ??= ((nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon);
  return lexicon;
}
/** compromise's tag for one lowercase word ("FemaleName", "Country", "City", …), or "". */
export const lexTag = (word: string): string => {
  const v = lex()[word.toLowerCase()] as unknown;
  return Array.isArray(v) ? v.join(",") : typeof v === "string" ? v : "";
};

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
    "co-founder campaigner lecturer academic scholar fellow curator librarian councillor commissioner")
    .split(/\s+/),
);

export const HONORIFICS = new Set(
  "mr mrs ms miss dr sir dame lord lady prof professor president archbishop bishop general colonel captain king queen prince princess pope rev father sister brother sheikh imam".split(" "),
);

export const ORG_WORDS = new Set(
  ("university college school institute institution society committee council commission registry service " +
    "corporation company group party fund foundation association agency ministry department bank army navy " +
    "police court parliament government organisation organization union alliance movement league federation " +
    "club trust network office board authority assembly congress senate museum hospital church cathedral " +
    "inc ltd plc corp news times post guardian observateur press television radio bbc cnn nato uncut " +
    "customs revenue academy laboratory centre center project programme program initiative campaign").split(" "),
);

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
    City: ["Paris", "London", "Berlin", "Madrid", "Rome", "Lisbon", "Oslo", "Dublin", "Brussels", "Amsterdam", "Geneva", "Vienna", "Stockholm", "Copenhagen", "Reykjavik", "Leicester", "Manchester", "Birmingham", "Edinburgh", "Calais", "Lyon", "Marseille"],
  },
  "middle east": {
    Country: ["Syria", "Lebanon", "Jordan", "Iraq", "Iran", "Turkey", "Israel", "Egypt", "Saudi Arabia", "Yemen"],
    City: ["Damascus", "Aleppo", "Beirut", "Amman", "Baghdad", "Tehran", "Cairo", "Istanbul", "Isfahan", "Shiraz", "Homs"],
  },
  africa: {
    Country: ["Mali", "Niger", "Nigeria", "Senegal", "Ghana", "Kenya", "Liberia", "Sierra Leone", "Chad", "Algeria", "Libya", "Sudan", "South Africa", "Ivory Coast", "Togo", "Benin", "Burkina Faso", "Morocco", "Ethiopia"],
    City: ["Bamako", "Dakar", "Lagos", "Accra", "Nairobi", "Monrovia", "Freetown", "Johannesburg", "Cape Town", "Abuja", "Timbuktu", "Gao", "Algiers", "Tripoli", "Khartoum", "Soweto"],
  },
  "south asia": {
    Country: ["Pakistan", "India", "Afghanistan", "Bangladesh", "Nepal", "Sri Lanka", "Bhutan"],
    City: ["Karachi", "Lahore", "Islamabad", "Delhi", "Mumbai", "Kabul", "Kathmandu", "Dhaka", "Quetta", "Peshawar", "Mingora"],
  },
  "east asia": {
    Country: ["China", "Japan", "Thailand", "Vietnam", "Indonesia", "Malaysia", "Philippines", "South Korea", "North Korea"],
    City: ["Beijing", "Shanghai", "Tokyo", "Bangkok", "Hanoi", "Jakarta", "Manila", "Seoul"],
  },
  americas: {
    Country: ["Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "US", "USA", "America", "United States"],
    City: ["Toronto", "Montreal", "Vancouver", "New York", "Chicago", "Washington", "Los Angeles", "Mexico City", "Lima", "Bogotá", "Iqaluit"],
  },
};

/** The world region a place name belongs to, when the fallback table knows it. */
let regionIndex: Map<string, string> | undefined;
export function regionOf(name: string): string | undefined {
  if (!regionIndex) {
    regionIndex = new Map();
    for (const [region, lists] of Object.entries(FALLBACK_REGIONS)) for (const p of [...lists.Country, ...lists.City]) regionIndex.set(p.toLowerCase(), region);
  }
  return regionIndex.get(name.toLowerCase());
}

export const COLOURS = ["red", "orange", "yellow", "green", "blue", "white", "black", "amber", "purple", "grey", "scarlet", "bright red", "dark red"];

export const DEMONYM_END = /(?:ian|ese|ish|an|i|ic)$/;
