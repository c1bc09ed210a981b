/**
 * The critic's tests of a name against the whole article text: is it the title of a work, a piece
 * of a longer name, a name cut at a hyphen. Each runs once per name per article (memo).
 */
import type { Doc } from "./sentences";

const memos = new WeakMap<Doc, Map<string, boolean>>();
/** A text test of one name, once per article: the same names recur in many candidates' options. */
export function memo(doc: Doc, kind: string, name: string, test: (text: string, name: string) => boolean): boolean {
  let m = memos.get(doc);
  if (!m) memos.set(doc, (m = new Map()));
  const key = `${kind}:${name}`;
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = test(doc.text, name)));
  return v;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whether the article names `name` as a work ("Slave Labour, a spray-painted artwork"; "entitled Wet Dog"; "the novel Emma"). */
export function titleOfWork(text: string, name: string): boolean {
  const n = escape(name);
  const WORK = "(?:artwork|painting|mural|novel|book|film|movie|song|album|play|poem|series|show|sculpture|opera|musical|documentary|memoir)";
  return new RegExp(`\\b${n},\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}${WORK}\\b|\\b(?:entitled|titled|${WORK})\\s+["“']?${n}\\b|["“]${n}["”]`, "u").test(text);
}

/** Whether every occurrence of `name` in the text is part of a longer capitalised name ("Regalado" of "Tomás Regalado" is not; "Tomás" alone is). */
export function nameFragment(text: string, name: string): boolean {
  const re = new RegExp(`\\b${escape(name)}\\b`, "gu");
  let seen = 0;
  for (const m of text.matchAll(re)) {
    seen++;
    const before = /(^|[.!?"“\n]\s*|\s)(\p{Lu}[\p{L}'-]*)\s$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    // A capitalised word before counts only mid-sentence, and never an article ("The Guardian").
    const capBefore = !!before && !/[.!?"“\n]/.test(before[1]!) && before[1] !== "" && !/^(The|A|An|Sir|Lord|Lady|Dame|Dr|Mr|Mrs|Ms|President|Prime|Minister|King|Queen|Prince|Princess|Pope|Saint|St)$/.test(before[2]!);
    // "Century" of "the 21st Century network": an ordinal opens the name as a capital would.
    const ordinalBefore = /\b\d+(?:st|nd|rd|th)\s$/.test(text.slice(Math.max(0, m.index - 12), m.index));
    const capAfter = /^\s\p{Lu}[\p{L}'-]*/u.test(text.slice(m.index + m[0].length)) && !/^\s(?:I|The|A|An)\b/.test(text.slice(m.index + m[0].length));
    if (!capBefore && !capAfter && !ordinalBefore) return false;
  }
  return seen > 0;
}

/** Whether the text always goes on from `name` with a hyphen and a capital ("Daniel Gimeno" of "Daniel Gimeno-Traver"). */
export function hyphenCut(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escape(name)}\\b`, "gu"))];
  return all.length > 0 && all.every((m) => /^-\p{Lu}/u.test(text.slice(m.index + m[0].length)));
}
