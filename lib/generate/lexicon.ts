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

import * as en from "./lang/en";

export const { REPORTING_VERBS, PERSON_NOUNS, HONORIFICS, ORG_WORDS, INSTITUTION_HEADS, AWARD_HEADS, PLACE_WORDS, MONTHS, DAYS, FALLBACK_REGIONS, COLOURS, DEMONYM_END, STREET_WORDS } = en;
export { en };

/** The world region a place name belongs to, when the fallback table knows it. */
let regionIndex: Map<string, string> | undefined;
export function regionOf(name: string): string | undefined {
  if (!regionIndex) {
    regionIndex = new Map();
    for (const [region, lists] of Object.entries(FALLBACK_REGIONS)) for (const p of [...lists.Country, ...lists.City]) regionIndex.set(p.toLowerCase(), region);
  }
  return regionIndex.get(name.toLowerCase());
}

