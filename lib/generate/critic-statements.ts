/**
 * The critic's checks on whole statements (the options of central-idea, true-statement and Part B
 * questions, and true/false prompts) and on evidence stems: a fragment offered as a statement, an
 * altered statement that contradicts itself, a stem that restates its own evidence. Kept apart from
 * critic.ts, whose checks are about gaps and short options.
 */
import type { Doc } from "./sentences";
import { NUMBER_WORDS } from "./lang/en";
import { contentWords } from "./patterns/construct";

const SUBORDINATE_START = /^"?(Although|Though|Because|While|Whereas|If|Unless|Whether|Which|Who|Whom|Whose|When|Where|As if|Even though|Including|According to)\b/;
const HAS_FINITE = /\b(is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must)\b/;

/** The article sentence a statement was taken from (same opening words), if any. */
const heads = new WeakMap<Doc, Map<string, Doc["sentences"][number]>>();
function sourceOf(doc: Doc, statement: string) {
  const head = statement.replace(/^"/, "").slice(0, 40);
  // Every option of every candidate is looked up: index the sentences by their first 40 characters once.
  let byHead = heads.get(doc);
  if (!byHead) {
    heads.set(doc, (byHead = new Map()));
    for (const s of doc.sentences) { const h = s.text.replace(/^"/, "").slice(0, 40); if (h.length === 40 && !byHead.has(h)) byHead.set(h, s); }
  }
  return head.length === 40 ? byHead.get(head) : doc.sentences.find((s) => s.text.replace(/^"/, "").startsWith(head));
}

/** A statement that is not a whole sentence: no capital start, no closing stop, a dangling subordinate clause, or no verb. */
export function fragmentOf(doc: Doc, statement: string): string | undefined {
  const t = statement.trim();
  if (!/^["'(]?[\p{Lu}\d]/u.test(t)) return "it does not start as a sentence";
  if (!/[.!?]["')\]]*$/.test(t)) return "it does not end as a sentence";
  const src = sourceOf(doc, t);
  const verbs = src ? doc.tokens.slice(src.first, src.last + 1).filter((k) => k.pos === "VERB" || k.pos === "AUX").length : 0;
  // "Although the vote was close." — a subordinate clause, with no comma and one verb: no main clause.
  if (SUBORDINATE_START.test(t) && !/,/.test(t) && verbs < 2) return "it is a subordinate clause alone";
  // The tagger misses some verbs ("led", "married"): a finite form or a past tense also counts.
  const verbal = verbs > 0 || HAS_FINITE.test(t.toLowerCase()) || /\w(ed|s)\b/.test(t);
  return verbal ? undefined : "it has no verb";
}

const asNumber = (w: string) => {
  const n = Number(w.replace(/,/g, ""));
  return Number.isFinite(n) ? n : NUMBER_WORDS[w.toLowerCase()];
};
const NUM = String.raw`(\d[\d,]*(?:\.\d+)?|[a-z]+)`;
const PART_OF_WHOLE = new RegExp(String.raw`\b${NUM}(?:[ -](?:year|month|week|day|hour)s?)? (?:\w+ )?(?:of|out of) (?:the |a |an |their |its |his |her )?${NUM}\b`, "gi");
const RANGE = new RegExp(String.raw`\bbetween ${NUM} and ${NUM}\b`, "gi");

/**
 * Whether a statement contradicts itself: a part larger than its whole ("five years of a four-year
 * sentence", "12 of the 10 players"), a range whose ends are reversed, a share past 100 %, or a
 * number the evidence repeats changed in one place only.
 */
export function contradictionIn(statement: string, evidence?: string): string | undefined {
  for (const m of statement.matchAll(PART_OF_WHOLE)) {
    const [part, whole] = [asNumber(m[1]!), asNumber(m[2]!)];
    if (part !== undefined && whole !== undefined && part > whole) return `"${m[0]}": the part is larger than the whole`;
  }
  for (const m of statement.matchAll(RANGE)) {
    const [lo, hi] = [asNumber(m[1]!), asNumber(m[2]!)];
    if (lo !== undefined && hi !== undefined && lo >= hi) return `"${m[0]}": the range is reversed`;
  }
  const pct = /(\d[\d.]*)\s*(?:%|per cent|percent)/i.exec(statement);
  if (pct && Number(pct[1]) > 100) return `"${pct[0]}" is more than the whole`;
  if (evidence && evidence !== statement) {
    // The evidence says "3 … all 3": altering one leaves the statement at odds with itself.
    const nums = (s: string): string[] => s.match(/\b\d[\d,.]*\b/g) ?? [];
    const before = nums(evidence);
    const after = nums(statement);
    const repeated = before.find((n, i) => before.indexOf(n) !== i);
    if (repeated && after.includes(repeated) && after.filter((n) => n === repeated).length < before.filter((n) => n === repeated).length) {
      return `"${repeated}" occurs twice in the sentence and only one was altered`;
    }
  }
  return undefined;
}

/** The share of the evidence sentence's content words that the stem already shows. */
export function restated(stem: string, evidence: string): number {
  const shown = new Set(contentWords(stem));
  const ev = [...new Set(contentWords(evidence))];
  if (!ev.length) return 0;
  return ev.filter((w) => shown.has(w)).length / ev.length;
}

/** Share of the evidence's content words a why-question must leave out of its stem (the reason). */
const REASON_LEFT = 0.35;

/** Words in a row that the stem copies from the evidence before it is simply matching text. */
const COPIED_RUN = 8;

/** The longest run of words the stem copies from the evidence, compared case-blind. */
function copiedRun(stem: string, evidence: string): number {
  const ws = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const a = ws(stem);
  const b = ` ${ws(evidence).join(" ")} `;
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    let n = best + 1;
    while (i + n <= a.length && b.includes(` ${a.slice(i, i + n).join(" ")} `)) best = n++;
  }
  return best;
}

/**
 * A stem that hands over its evidence: it ends on a bare connective ("… because."), restates most
 * of the sentence, or copies a clause of it word for word ("supports this statement: <the clause>").
 */
export function circularStem(stem: string, evidence: string): string | undefined {
  if (/\b(because|so|as|since|after|due to|thanks to)\s*[.?]?$/i.test(stem.trim())) return "the stem ends on a bare connective";
  const run = copiedRun(stem, evidence);
  // "Which sentence explains why <the effect>?" copies the effect by design; it is fair while the
  // reason is left for the student to find (a good part of the sentence is not in the stem).
  const reasonLeft = /\bexplains? why\b/.test(stem) && 1 - restated(stem, evidence) >= REASON_LEFT;
  if (run >= COPIED_RUN && !reasonLeft) return `the stem copies ${run} words of the evidence in a row`;
  const share = restated(stem, evidence);
  return share >= 0.7 ? `the stem shows ${Math.round(share * 100)} % of the evidence sentence's words` : undefined;
}
