/**
 * Stage 3: named things and quantities. wink-nlp has no person/place/organisation recogniser, so
 * names are runs of capitalised tokens (joined across "of"), and each name's type is voted from the
 * lexicon and its contexts across the whole article; one type per name, surnames linked to full names.
 */
import type { Doc } from "./sentences";
import type { Token } from "./nlp";
import { AWARD_HEADS, DAYS, HONORIFICS, INSTITUTION_HEADS, MONTHS, ORG_WORDS, PERSON_NOUNS, PLACE_WORDS, REPORTING_VERBS, STREET_WORDS, lexTag } from "./lexicon";

export type EntityKind = "person" | "place" | "org" | "other";

export type Mention = { entity: number; start: number; end: number; text: string; first: number; last: number; sentence: number };

export type Entity = {
  id: number;
  /** The fullest form used in the article ("Manuel Valls"). */
  name: string;
  kind: EntityKind;
  /** Every form the article uses for it, lowercased ("manuel valls", "valls"). */
  forms: string[];
  mentions: Mention[];
  /** The type won clearly (or from the lexicon): safe to offer as a distractor of that type. */
  confident: boolean;
  /**
   * A bare surname or first name that several full names share ("Glazer" of Joel and Avie Glazer):
   * kept in `mentionAt` so no gap cuts it, but left out of `mentions`, so never a key or an option.
   */
  ambiguous?: boolean;
};

export type QuantityKind = "year" | "count" | "money" | "percent";

export type Quantity = {
  value: number;
  /** As written ("6,000", "three", "$85,000"). */
  text: string;
  kind: QuantityKind;
  /** Head noun after the number ("miles", "people"); undefined for years and bare numbers. */
  unit?: string;
  start: number;
  end: number;
  first: number;
  last: number;
  sentence: number;
};

export type Entities = {
  entities: Entity[];
  /** Every mention that may be asked about (an ambiguous name's are only in `mentionAt`). */
  mentions: Mention[];
  quantities: Quantity[];
  mentionAt: Map<number, Mention>;
  /** Names the article calls a territory, province, region … ("the Canadian territory of Nunavut"). */
  regionWords?: Set<string>;
};

const JOINERS = new Set(["of", "de", "des", "del", "della", "di", "do", "dos", "das", "du", "da", "van", "von", "den", "der", "ter", "ten", "bin", "ibn", "al", "le", "la", "&"]);
const NAME_STOP = new Set([
  "the", "a", "an", "i", "in", "on", "at", "for", "with", "but", "and", "or", "if", "when", "while", "as", "since",
  "after", "before", "there", "here", "what", "who", "how", "why", "where", "this", "that", "these", "those",
  "he", "she", "it", "we", "they", "you", "his", "her", "their", "its", "our", "my", "your", "by", "from", "to",
  "not", "no", "yes", "so", "yet", "then", "now", "even", "also", "just", "still", "some", "many", "most", "all",
  "every", "each", "one", "two", "three", "like", "unlike", "instead", "despite", "although", "though", "because",
  "mr", "mrs", "ms", "dr", "st", "earlier", "later", "meanwhile", "however", "nevertheless", "firstly", "secondly",
  "finally", "perhaps", "unusually", "similarly", "elsewhere", "today", "yesterday", "tomorrow", "over", "under",
  "ok", "tv", "id", "whatever", "whoever", "wherever", "whenever", "every", "both", "neither", "either", "yes",
]);

const isCapWord = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text) && t.kind !== "punctuation";

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

export function parseNumber(s: string): number | undefined {
  const clean = s.replace(/[$£€,]/g, "").replace(/%$/, "");
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  return WORD_NUMBERS[s.toLowerCase()];
}

type Run = { first: number; last: number; sentence: number };

/** The word that says what a multi-word name is: its last ("Vic Wells Ballet"), or the one before "of" ("Orchestra of the Age of Enlightenment"). */
const headOf = (words: string[]) => (words.length < 2 ? "" : words.indexOf("of") > 0 ? words[words.indexOf("of") - 1]! : words.at(-1)!);

const FIRST_NAME = /MaleName|FemaleName|FirstName/;
/**
 * "Ronald Poppe of Utrecht University", "Professor Hale of Leeds College": a person's name ends at
 * "of" — a first name and a surname, or a name after a title ("Archbishop of Canterbury" has none).
 */
function fullName(t: Token[], first: number, last: number): boolean {
  let k = first;
  while (k <= last && (HONORIFICS.has(t[k]!.lower) || PERSON_NOUNS.has(t[k]!.lower))) k++;
  if (k > last) return false;
  return k > first || (k < last && (FIRST_NAME.test(lexTag(t[k]!.lower)) || /LastName/.test(lexTag(t[last]!.lower))));
}

function nameRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const t = doc.tokens;
  // Words the article capitalises mid-sentence: a sentence-initial capital only counts if it is one.
  const midCaps = new Set<string>();
  for (const s of doc.sentences) for (let i = s.first + 2; i <= s.last; i++) if (isCapWord(t[i]) && !/^[.!?"]$/.test(t[i - 1]!.text)) midCaps.add(t[i]!.lower);
  for (const s of doc.sentences) {
    let i = s.first;
    while (i <= s.last) {
      const tok = t[i]!;
      // Right after an opening quote (glued to it) a capital starts a sentence too.
      const atStart = i === s.first || (/^["'(]$/.test(t[i - 1]!.text) && t[i - 1]!.end === tok.start);
      const lower = tok.lower;
      const usable = isCapWord(tok) && !NAME_STOP.has(lower) && !MONTHS.has(lower) && !DAYS.has(lower) &&
        !(atStart && !midCaps.has(lower) && !/Name|Country|City|Place|Organization/.test(lexTag(lower)) && (tok.pos !== "PROPN" || !isCapWord(t[i + 1])));
      if (!usable) { i++; continue; }
      let j = i;
      for (;;) {
        const n = t[j + 1];
        if (j + 1 <= s.last && isCapWord(n) && n!.start <= t[j]!.end + 1 && (!NAME_STOP.has(n!.lower) || /^(one|two|three)$/.test(n!.lower)) && !MONTHS.has(n!.lower) && !DAYS.has(n!.lower)) { j++; continue; }
        if (j + 2 <= s.last && n && JOINERS.has(n.lower) && isCapWord(t[j + 2]) && !NAME_STOP.has(t[j + 2]!.lower) && !(n.lower === "of" && fullName(t, i, j))) { j += 2; continue; }
        // "Claude Veron-Reville": a hyphen glued on both sides joins the parts of one name.
        if (j + 2 <= s.last && n && n.text === "-" && n.start === t[j]!.end && t[j + 2]!.start === n.end && isCapWord(t[j + 2]) && !NAME_STOP.has(t[j + 2]!.lower)) { j += 2; continue; }
        // "Mies van der Rohe": two particles between the parts of a name.
        if (j + 3 <= s.last && n && n.lower !== "of" && JOINERS.has(n.lower) && /^(de|den|der|la|le|los|las|del)$/.test(t[j + 2]!.text) && isCapWord(t[j + 3]) && !NAME_STOP.has(t[j + 3]!.lower)) { j += 3; continue; }
        // "Food and Agriculture Organization": "and" inside a name that ends with an organisation word.
        if (j + 2 <= s.last && n && n.lower === "and" && isCapWord(t[j + 2])) {
          let k = j + 2;
          while (k + 1 <= s.last && isCapWord(t[k + 1])) k++;
          if (ORG_WORDS.has(t[k]!.lower)) { j = k; continue; }
        }
        break;
      }
      // "the 21st Century network": the ordinal is part of the name; "Century" alone is a fragment.
      // A cardinal is not ("the 2012 Olympics", "the 20 Premier League clubs").
      const ord = t[i - 1];
      const first = i > s.first && ord && /^\d+(st|nd|rd|th)$/i.test(ord.text) && ord.end + 1 >= tok.start ? i - 1 : i;
      runs.push({ first, last: j, sentence: s.index });
      i = j + 1;
    }
  }
  return runs;
}

const textOf = (doc: Doc, first: number, last: number) => doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);

/** Finds the role noun phrase right after "X, " (an apposition) and returns its head words. */
export function appositionAfter(doc: Doc, last: number, sentenceLast: number): { first: number; last: number } | undefined {
  const t = doc.tokens;
  if (t[last + 1]?.text !== ",") return undefined;
  let i = last + 2;
  const first = i;
  while (i <= sentenceLast && t[i]!.text !== "," && t[i]!.text !== "." && t[i]!.text !== ";" && t[i]!.text !== '"' && i - first < 14) i++;
  if (i === first || i > sentenceLast) return undefined;
  return { first, last: i - 1 };
}

const hasPersonNoun = (tokens: Token[]) =>
  tokens.some((x) => PERSON_NOUNS.has(x.lower) && (x.pos === "NOUN" || x.pos === "PROPN" || x.pos === "ADJ"));

export function findEntities(doc: Doc): Entities {
  const t = doc.tokens;
  const runs = nameRuns(doc);
  // personLex: person votes from the name lexicon alone ("Monte" is a first name); placeCtx: mentions
  // whose context says place ("in X", "X-based", "the town of X").
  type Votes = { person: number; place: number; org: number; other: number; strong: number; firstName: number; personLex: number; placeCtx: number; runs: number; afterThe: number };
  const noVotes = (): Votes => ({ person: 0, place: 0, org: 0, other: 0, strong: 0, firstName: 0, personLex: 0, placeCtx: 0, runs: 0, afterThe: 0 });
  const byKey = new Map<string, { runs: Run[]; votes: Votes; tokens: number }>();
  const sentenceLast = (r: Run) => doc.sentences[r.sentence]!.last;
  // Surnames the article uses for a family ("the Glazer family").
  const familyNames = new Set<string>();

  for (const r0 of runs) {
    const r = { ...r0 };
    const votes = noVotes();
    // An honorific or a title in front ("Conservative MP Richard Bacon") is context, not the name.
    let titleEnd = -1;
    for (let i = r.first; i < r.last; i++) if (HONORIFICS.has(t[i]!.lower) || PERSON_NOUNS.has(t[i]!.lower)) titleEnd = i;
    if (titleEnd >= 0 && titleEnd < r.last) {
      votes.person += 3;
      votes.strong++;
      r.first = titleEnd + 1;
    }
    // A title on its own ("Chief Financial Officer", "Director of Planning") is a role, not a name.
    if (PERSON_NOUNS.has(t[r.last]!.lower) || HONORIFICS.has(t[r.last]!.lower)) continue;
    if (JOINERS.has(t[r.first]!.text)) continue;
    if (t.slice(r.first, r.last).some((x, i) => PERSON_NOUNS.has(x.lower) && JOINERS.has(t[r.first + i + 1]!.lower))) continue;
    const toks = t.slice(r.first, r.last + 1);
    const words = toks.map((x) => x.lower);
    const prev = t[r.first - 1];
    const prev2 = t[r.first - 2];
    const next = t[r.last + 1];
    const next2 = t[r.last + 2];
    const single = r.first === r.last;
    // A multi-word name takes the lexicon's tag for the whole ("Sierra Leone"), or its first word's
    // only when that is a first name ("Canada Post" is not a country).
    const tag0 = single ? lexTag(words[0]!) : lexTag(words.join(" ")) || (/Name/.test(lexTag(words[0]!)) ? lexTag(words[0]!) : "");
    const tags = words.map(lexTag);
    const placeTag = /Country|City|Place|Region|Province/.test(tag0);
    // Nationalities and groups ("French", "Islamist forces", "the Russians") are not names to ask about.
    if (single && (tag0 === "Demonym" || (toks[0]!.pos === "ADJ" && !placeTag))) continue;
    // A capitalised generic head on its own ("Camp 2", "the University") is not a name.
    if (single && (PLACE_WORDS.has(words[0]!) || ORG_WORDS.has(words[0]!) || INSTITUTION_HEADS.has(words[0]!) || AWARD_HEADS.has(words[0]!)) && !/[A-Z]{2}/.test(toks[0]!.text)) continue;
    if (!single && /(an|ian|ese|ish|ene)s$/.test(words.at(-1)!) && !/Name/.test(lexTag(words.at(-1)!))) continue;
    if (toks.some((x) => /'s?$/.test(x.text))) continue;
    if (single && !placeTag && /(ist|ian|ese|ish|an|ic|i|ene)s?$/.test(words[0]!) && (/s$/.test(words[0]!) || (next && /^[a-z]/.test(next.text) && next.pos === "NOUN"))) continue;
    // Languages and nationalities ("English", "Nigerian") are not places or people.
    if (single && !placeTag && !/Name/.test(tag0) && /(ish|ese|ian|ch)$/.test(words[0]!)) continue;
    if (/Name/.test(tag0) && !single && !placeTag) { votes.person += 3; votes.personLex += 3; votes.strong++; }
    if (single && FIRST_NAME.test(tag0)) { votes.person += 0.5; votes.personLex += 0.5; votes.firstName++; }
    if ([tag0, ...tags].some((g) => /Organization|SportsTeam/.test(g))) votes.org += 4;
    if (tags.at(-1) === "LastName" && !single) { votes.person += 1; votes.personLex += 1; }
    if (prev?.lower === "of" && prev2 && PLACE_WORDS.has(prev2.lower)) { votes.place += 3; votes.placeCtx++; }
    if (words.some((w) => ORG_WORDS.has(w)) || INSTITUTION_HEADS.has(headOf(words))) votes.org += 4;
    if (toks.some((x) => x.text.length > 1 && x.text === x.text.toUpperCase() && /^[A-Z]+$/.test(x.text))) votes.org += 1;
    if (!single && /Country|City|Region|Place/.test(tag0)) votes.place += 6;
    if (tags.some((g) => /Country|City|Place|Region|Province/.test(g))) votes.place += single || tags.every((g) => /Country|City|Place|Region|Province/.test(g)) ? 4 : 1;
    if (words.some((w) => PLACE_WORDS.has(w))) votes.place += 2;
    if (next && /^(newspaper|website|magazine|television|tv|radio|company|firm|group|agency|channel|network|party|brand|application|app|service|software|platform|site|charity|campaign)$/.test(next.lower)) votes.org += 4;
    if (next && /^(river|valley|region|province|district|county|island|mountains?)$/.test(next.lower)) { votes.place += 3; votes.placeCtx++; }
    if (prev && /^(in|at|from|to|near|across|towards|toward|into|outside|around|through|via)$/.test(prev.lower)) votes.place += 1;
    // "in X", "at X", "from X" say place unless something else says person (weighed at the end);
    // not before a possessive ("in Nicolas Roeg's film").
    if (prev && /^(in|at|from)$/.test(prev.lower) && !/^['’]s?$/.test(next?.text ?? "")) votes.placeCtx++;
    if (next?.text === "-" && next2?.lower === "based" && next.start === t[r.last]!.end) { votes.place += 3; votes.placeCtx++; }
    if (prev?.lower === "," && prev2 && /^(capital|city|town|village|country|region)$/.test(prev2.lower)) { votes.place += 4; votes.placeCtx++; }
    if (next?.text === "," && next2 && next2.lower === "the" && /^(capital|largest|biggest|city|town|country|home)$/.test(t[r.last + 3]?.lower ?? "")) { votes.place += 3; votes.placeCtx++; }
    if (next && REPORTING_VERBS.has(next.lower)) votes.person += 2;
    if (prev && REPORTING_VERBS.has(prev.lower) && prev.lower !== "told") votes.person += 2;
    const strongBefore = votes.person;
    // "said Philippa Langley": a two-word name as the speaker is a person, whatever its parts look like.
    if (!single && !words.some((w) => ORG_WORDS.has(w)) && tags.every((g) => g === "" || /Name|Place|City/.test(g)) && ((prev && REPORTING_VERBS.has(prev.lower) && prev.lower !== "told") || (next && REPORTING_VERBS.has(next.lower)))) votes.person += 2;
    if (next?.text === "," && next2 && /^\d{1,3}$/.test(next2.text) && t[r.last + 3]?.text === ",") votes.person += 4;
    const app = appositionAfter(doc, r.last, sentenceLast(r));
    if (app && hasPersonNoun(t.slice(app.first, app.last + 1).filter((x) => x.lower !== "of"))) {
      // "X, the interior minister," counts most; news also drops the article ("X, senior research fellow at …").
      if (/^(a|an|the|his|her|their|its)$/.test(t[app.first]!.lower)) votes.person += 3;
      else if (!single && /^(ADJ|NOUN)$/.test(t[app.first]!.pos)) votes.person += 2;
    }
    if (prev?.text === "," && prev2 && PERSON_NOUNS.has(prev2.lower) && (!next || /^[,.;]$/.test(next.text))) votes.person += 3;
    if (prev && PERSON_NOUNS.has(prev.lower) && prev.pos !== "VERB") votes.person += 2;
    if (prev && HONORIFICS.has(prev.lower)) votes.person += 3;
    // "the Harry Potter films", "The Joshua Tree broke sales records": a name after "the" is a title or a thing.
    votes.runs++;
    if (prev?.lower === "the") votes.afterThe++;
    // "US", "UK": the lexicon reads them as words ("us"); they are countries.
    if (single && /^(US|USA|UK|UAE|DRC)$/.test(toks[0]!.text)) votes.place += 8;
    // "DRM systems", "DRM solutions": an acronym before a common plural noun names a technology, not an organisation.
    if (single && /^[A-Z]{2,5}$/.test(toks[0]!.text) && next?.pos === "NOUN" && /s$/.test(next.lower) && !/^(newspaper|company|firm|group|agency|channel|network|party)s$/.test(next.lower)) votes.org -= 1;
    if (votes.person > strongBefore) votes.strong++;
    const family = !!next && /^(family|families|brothers|sisters|clan|dynasty)$/.test(next.lower);
    if (prev?.lower === "the" && single && !family) votes.org += 0.5;
    const key = textOf(doc, r.first, r.last);
    const e = byKey.get(key) ?? { runs: [], votes: noVotes(), tokens: r.last - r.first + 1 };
    e.runs.push(r);
    if (family) familyNames.add(key);
    for (const k of Object.keys(votes) as (keyof Votes)[]) e.votes[k] += votes[k];
    byKey.set(key, e);
  }

  // Link a surname or a first name to the one full name that ends or starts with it.
  const keys = [...byKey.keys()];
  const parent = new Map<string, string>();
  const ambiguous = new Set<string>();
  const byEdgeWord = new Map<string, string[]>();
  for (const o of keys) {
    if (!o.includes(" ")) continue;
    const parts = o.split(" ");
    for (const w of new Set([parts[0]!, parts.at(-1)!])) byEdgeWord.set(w, [...(byEdgeWord.get(w) ?? []), o]);
  }
  for (const k of keys) {
    if (k.includes(" ")) continue;
    const longer = (byEdgeWord.get(k) ?? []).filter((o) => o.endsWith(" " + k) || o.startsWith(k + " "));
    // Only people are referred to by part of their name; "Africa" is not "South Africa".
    const persons = longer.filter((o) => { const v = byKey.get(o)!.votes; return v.person > 0 && v.person >= Math.max(v.place, v.org); });
    if (persons.length === 1 && byKey.get(persons[0]!)!.votes.strong > 0) parent.set(k, persons[0]!);
    // "Glazer" beside Joel and Avie Glazer could be either: linked to neither, asked about never.
    else if (persons.length > 1) ambiguous.add(k);
  }
  for (const [child, par] of parent) {
    const c = byKey.get(child)!;
    const p = byKey.get(par)!;
    p.runs.push(...c.runs);
    for (const k of Object.keys(c.votes) as (keyof Votes)[]) if (k !== "strong") p.votes[k] += c.votes[k];
  }

  // "Longstanding Uncut" at the start of a sentence, beside "UK Uncut": the capital was the sentence's,
  // not the name's.
  for (const k of keys) {
    const e = byKey.get(k);
    if (!e || !k.includes(" ")) continue;
    const initial = e.runs.every((r) => doc.sentences[r.sentence]!.first === r.first || /^["'(]$/.test(t[r.first - 1]?.text ?? ""));
    // "Joel Glazer, the co-chairman," opening a sentence beside "Avie Glazer" is a second person.
    if (FIRST_NAME.test(lexTag(k.split(" ")[0]!))) continue;
    const rest = k.slice(k.indexOf(" ") + 1);
    if (initial && keys.some((o) => o !== k && o.endsWith(" " + rest) && !o.startsWith(k.split(" ")[0]!))) byKey.delete(k);
  }
  // "the Cardews": a family named by its surname is not a separate organisation or place.
  for (const k of keys) {
    if (!/s$/.test(k) || k.includes(" ")) continue;
    if ((byEdgeWord.get(k.slice(0, -1)) ?? []).some((o) => o.endsWith(" " + k.slice(0, -1))) || familyNames.has(k.slice(0, -1))) byKey.delete(k);
  }
  const allKeys = new Set(keys);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const mentionAt = new Map<number, Mention>();
  // Entities whose "other" is a finding, not a gap for a list to fill.
  const fixed = new Set<number>();
  for (const [key, e] of byKey) {
    if (parent.has(key)) continue;
    const v = e.votes;
    const words = key.toLowerCase().split(" ");
    const head = headOf(words);
    // "Grammy Award", "Booker Prize": a prize or an event, no stand-in for a person or an organisation.
    const award = AWARD_HEADS.has(head);
    // A place by its context ("in Monte Carlo", "a Monte Carlo-based team") with only a first name's
    // look for a person, or a place in the lexicon as a whole ("Buenos Aires"), is no person; a known
    // surname last ("in Boris Johnson"), or a part the article uses alone ("in Felix Baumgartner" and
    // "Baumgartner said"), keeps the first name's vote.
    const parts = key.split(" ");
    const partAlone = parts.length > 1 && (allKeys.has(parts[0]!) || allKeys.has(parts.at(-1)!));
    const placeNotPerson = (v.placeCtx > 0 && v.person <= v.personLex && !partAlone && !/LastName|Person/.test(lexTag(words.at(-1)!))) ||
      (words.length > 1 && /Country|City|Place|Region|Province/.test(lexTag(words.join(" "))));
    if (placeNotPerson) v.person -= v.personLex;
    const institution = INSTITUTION_HEADS.has(head);
    if (institution) v.person = 0;
    // A person needs strong evidence (a first name, a title, a person-noun apposition, an age);
    // "X said" alone also fits organisations and newspapers. "The Vic Wells Ballet" is never one.
    const personOk = (v.strong > 0 || (v.firstName > 0 && v.person >= 2)) && !institution && !placeNotPerson && !(v.runs > 0 && v.afterThe === v.runs);
    const kind: EntityKind =
      ambiguous.has(key) || award ? "other"
      : personOk && v.person >= Math.max(v.place, v.org) ? "person"
      : Math.max(v.place, v.org) <= 0 ? "other"
      : v.org >= v.place ? "org" : "place";
    const won = kind === "person" ? v.person : kind === "place" ? v.place : kind === "org" ? v.org : 0;
    const rest = [v.person, v.place, v.org].sort((a, b) => b - a);
    const confident = kind !== "other" && won - (won === rest[0] ? rest[1]! : rest[0]!) >= 2;
    const id = entities.length;
    const forms = [key.toLowerCase(), ...[...parent].filter(([, p]) => p === key).map(([c]) => c.toLowerCase())];
    const ent: Entity = { id, name: key, kind, forms, mentions: [], confident, ...(ambiguous.has(key) ? { ambiguous: true } : {}) };
    if (award || ambiguous.has(key)) fixed.add(id);
    for (const r of e.runs.sort((a, b) => a.first - b.first)) {
      const m: Mention = { entity: id, start: t[r.first]!.start, end: t[r.last]!.end, text: textOf(doc, r.first, r.last), first: r.first, last: r.last, sentence: r.sentence };
      ent.mentions.push(m);
      if (!ent.ambiguous) mentions.push(m);
      for (let i = r.first; i <= r.last; i++) mentionAt.set(i, m);
    }
    entities.push(ent);
  }
  spreadTypesAlongLists(doc, entities, mentionAt, fixed);
  mentions.sort((a, b) => a.start - b.start);
  const regionWords = new Set<string>();
  for (const m of mentions) {
    const p1 = t[m.first - 1]?.lower ?? "";
    const p2 = t[m.first - 2]?.lower ?? "";
    if (p1 === "of" && /^(territory|province|state|region|country|district|county|republic|kingdom)$/.test(p2)) regionWords.add(m.text.toLowerCase());
  }
  return { entities, mentions, quantities: findQuantities(doc), mentionAt, regionWords };
}

/** "Nigeria, Niger, Burkina Faso, Togo and Benin": untyped members take the list's majority type. */
function spreadTypesAlongLists(doc: Doc, entities: Entity[], mentionAt: Map<number, Mention>, fixed: Set<number>) {
  for (const list of findNameLists(doc, mentionAt)) {
    const kinds = list.map((m) => entities[m.entity]!.kind).filter((k) => k !== "other");
    if (!kinds.length) continue;
    const counts = new Map<EntityKind, number>();
    for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 2 <= kinds.length) continue;
    for (const m of list) if (entities[m.entity]!.kind === "other" && !fixed.has(m.entity)) entities[m.entity]!.kind = top;
  }
}

/** Runs of ≥3 name mentions separated by "," and a final "and"/"or". */
export function findNameLists(doc: Doc, mentionAt: Map<number, Mention>): Mention[][] {
  const lists: Mention[][] = [];
  const t = doc.tokens;
  let i = 0;
  while (i < t.length) {
    const m = mentionAt.get(i);
    if (!m || m.first !== i) { i++; continue; }
    const list = [m];
    let j = m.last + 1;
    for (;;) {
      const sep = t[j];
      if (!sep) break;
      let k = j;
      if (sep.text === ",") k = t[j + 1] && /^(and|or)$/.test(t[j + 1]!.lower) ? j + 2 : j + 1;
      else if (/^(and|or)$/.test(sep.lower)) k = j + 1;
      else break;
      const nm = mentionAt.get(k);
      if (!nm || nm.first !== k || nm.sentence !== m.sentence) break;
      list.push(nm);
      j = nm.last + 1;
      if (sep.text !== "," || /^(and|or)$/.test(t[k - 1]!.lower)) break;
    }
    if (list.length >= 2) lists.push(list);
    i = j;
  }
  return lists;
}

function findQuantities(doc: Doc): Quantity[] {
  const t = doc.tokens;
  const out: Quantity[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const sentence = doc.sentenceOf[i]!;
    if (sentence < 0) continue;
    let text = tok.text;
    let first = i;
    let last = i;
    let kind: QuantityKind = "count";
    if (/^[$£€]$/.test(text) && /^\d/.test(t[i + 1]?.text ?? "")) {
      first = i; last = i + 1; text = tok.text + t[i + 1]!.text; kind = "money";
    } else if (/^[$£€]\d/.test(text)) kind = "money";
    else if (!/^\d[\d,]*(\.\d+)?%?$/.test(text) && !(WORD_NUMBERS[tok.lower] !== undefined && tok.pos === "NUM")) continue;
    if (taken.has(i)) continue;
    const value = parseNumber(text.replace(/^[$£€]/, ""));
    if (value === undefined || !Number.isFinite(value)) continue;
    const prev = t[first - 1];
    const nxt = t[last + 1];
    // Parts of a larger number ("4,000 metres" is one token; "2 million" keeps the scale as unit).
    if (nxt && /^(million|billion|thousand|trillion)$/.test(nxt.lower)) continue;
    if (/%$/.test(text) || nxt?.text === "%" || (nxt?.lower === "per" && t[last + 2]?.lower === "cent")) kind = "percent";
    else if (kind !== "money" && /^\d{4}$/.test(text) && value >= 1000 && value <= 2100 && !(nxt && /^(people|miles|metres|meters|feet|km|kg|troops|deaths|years)$/.test(nxt.lower))) kind = "year";
    if (prev && /^[-–]$/.test(prev.text)) continue; // ranges and scores are ambiguous keys
    // A street number ("1225 N. Rampart St.", "10 Downing Street") is an address, not a quantity.
    if (nxt && /^\p{Lu}/u.test(nxt.text) && (/^[NSEW]\.?$/.test(nxt.text) || t.slice(last + 1, last + 4).some((x, k) => STREET_WORDS.test(x.text) && t.slice(last + 1, last + 1 + k).every((y) => /^\p{Lu}/u.test(y.text))))) continue;
    // Model numbers ("Mirage 2000") are names, not quantities; "July 2013" is a date.
    if (prev && isCapWord(prev) && !MONTHS.has(prev.lower) && doc.sentences[sentence]!.first !== first - 1) continue;
    if (kind === "count" && value < 2 && !/^\d/.test(text)) continue;
    if (nxt && (nxt.text === "-" || nxt.text === "–") ) continue;
    let unit: string | undefined;
    if ((kind === "count" || kind === "money") && /^(kg|km|m|cm|mm|mph|ft|lb|g|l|ml|gb|mb|bn|m|tonnes?|kilometres?|metres?|miles?)$/i.test(t[last + 1]?.text ?? "")) {
      unit = t[last + 1]!.lower;
    } else if (kind === "count" || kind === "money") {
      let k = last + 1;
      while (k <= last + 4 && t[k] && (t[k]!.pos === "ADJ" || t[k]!.pos === "NOUN" || t[k]!.pos === "PROPN") && doc.sentenceOf[k] === sentence) {
        if (t[k]!.pos === "NOUN") unit = t[k]!.lower;
        if (t[k + 1]?.pos !== "NOUN" && t[k]!.pos === "NOUN") break;
        k++;
      }
      if (!unit && /^(kg|km|m|cm|mm|mph|ft|lb|g|l|ml|gb|mb)$/i.test(t[last + 1]?.text ?? "")) unit = t[last + 1]!.lower;
    }
    for (let k = first; k <= last; k++) taken.add(k);
    out.push({ value, text, kind, unit, start: t[first]!.start, end: t[last]!.end, first, last, sentence });
  }
  return out;
}
