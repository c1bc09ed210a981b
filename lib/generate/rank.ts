/**
 * Stage 7: keep the best N, balanced. The quiz opens with the best central-idea and evidence
 * questions; then greedy best-first, each pick discounting its paragraph and its family so the quiz
 * covers the article and mixes kinds; a sentence and a fact are used once; single-sentence
 * gap-fills fill at most 30 %. If that leaves fewer than N, the bar and the caps are relaxed twice
 * (the second time a sentence may also serve a second fact);
 * if fewer than four families made it, the most repeated family gives up its weakest picks.
 * Cross-question faults are rejections with the critic's reason names.
 */
import type { Candidate } from "./patterns";
import type { Doc } from "./sentences";
import type { Rejection } from "./critic";
import { EXTRA_FAMILIES, familyByName } from "./patterns";
import { norm } from "./distractors";
import { MIN_SCORE } from "./scores";

export { MIN_SCORE } from "./scores";

export const GAP_SHARE = 0.3;
const REQUIRED = ["central-idea", "evidence"];
const MIN_FAMILIES = 4;
/** Candidates at least this good are worth keeping a central idea's details away from. */
const STRONG = 3;
/** Families whose cap never relaxes: a quiz of central ideas or definitions tests one skill. */
const HARD_CAPS = new Set(["central-idea", "vocabulary", "true-statement"]);
/** Families whose question shows a whole article sentence: one on a sentence another question asks about would give that one away. */
const SHOWS_SENTENCE = new Set(["central-idea", "evidence", "true-statement", "truefalse"]);

const famOf = (c: Candidate) => c.family ?? c.body.type;
/** A one-sentence gap-fill: the kind of question the quiz may hold only a few of. */
export const isGapFill = (c: Candidate) => c.sentences.length === 1 && /_{3,}/.test(c.body.prompt);
const normed = new WeakMap<Candidate, { prompt: string; shown: string; cues: string[]; options: string[]; statements: string[]; statementWords: Set<string>[] }>();
const optionsOf = (c: Candidate) => (c.body.type === "single" || c.body.type === "multiple" ? c.body.options.map((o) => ` ${norm(o.text)} `) : []);
/** What the candidate shows (prompt and options) and its cue keys, normalised once: the ranker compares them pairwise. */
function normedOf(c: Candidate) {
  let v = normed.get(c);
  if (!v) {
    // Keys short enough to be cues (names, numbers, words), not whole statements.
    const cues = c.body.type === "truefalse" || c.body.type === "evidence" ? [] : c.key.filter((k) => k.split(/\s+/).length <= 4).map((k) => ` ${norm(k)} `).filter((k) => k.length > 3);
    const options = optionsOf(c);
    const prompt = ` ${norm(c.body.prompt)} `;
    // Options long enough to be statements of the article (true or altered).
    const statements = options.filter((o) => o.split(" ").length >= 10);
    const statementWords = statements.map((o) => new Set(o.trim().split(" ")));
    normed.set(c, (v = { prompt, shown: `${prompt}|${options.join("|")}`, cues, options, statements, statementWords }));
  }
  return v;
}
/**
 * Whether a question shows a cue (another question's key): in its stem, or inside a longer option
 * (a statement that states the fact). A bare option that is the cue itself ("Maria Lopez" among the
 * people of a "who said this?") gives nothing away: the student learns only that it was offered.
 */
const gives = (v: { prompt: string; options: string[] }, cue: string) => v.prompt.includes(cue) || v.options.some((o) => o !== cue && o.includes(cue));
/** Two statements that differ in a word or two (one altered from the other): ≥ 80 % of their words shared. */
function alike(x: Set<string>, y: Set<string>) {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(x.size, y.size) >= 0.8;
}
/** Options two questions have in common: three or more is one option set asked twice. */
const REUSED_OPTIONS = 3;
const sharedOptions = (a: string[], b: string[]) => a.filter((o) => b.includes(o)).length;

export function select(doc: Doc, cands: Candidate[], count: number): { chosen: Candidate[]; rejected: Rejection[] } {
  const rejected: Rejection[] = [];
  const rejectedSet = new Set<Candidate>();
  const usedSentences = new Set<number>();
  const shownSentences = new Set<number>();
  /** Sentences shown as options (central-idea details, Part B sentences): each gives its own facts away. */
  const optionSentences = new Set<number>();
  /** Sentences shown altered as wrong options ("which statement is true"): used up like the others. */
  const alteredSentences = new Set<number>();
  const usedFacts = new Set<string>();
  const paraUses = new Map<number, number>();
  const familyUses = new Map<string, number>();
  const typeUses = new Map<string, number>();
  const chosen: Candidate[] = [];
  let gapFills = 0;
  const gapCap = Math.max(1, Math.floor(count * GAP_SHARE));
  const paraOf = (c: Candidate) => doc.sentences[c.sentences[0]!]!.para;
  const familyCap = (f: string, slack: number) => {
    const spec = familyByName.get(f) ?? EXTRA_FAMILIES[f] ?? { cap: 0.3, min: 2 };
    // The understanding families are capped hard: two vocabulary questions are plenty.
    return Math.max(spec.min, Math.ceil(count * spec.cap)) + (spec.cap > 0.2 || (slack > 1 && !HARD_CAPS.has(f)) ? slack : 0);
  };
  const typeCap = (t: string, slack: number) => Math.max(2, Math.ceil(count * (t === "single" ? 0.7 : 0.35))) + slack;

  const reject = (c: Candidate, reason: Rejection["reason"], detail: string) => {
    if (rejectedSet.has(c)) return;
    rejectedSet.add(c);
    rejected.push({ candidate: c, reason, detail });
  };
  /** Whether `c` can join the chosen questions; cross-question faults become rejections. */
  const fits = (c: Candidate, slack: number) => {
    if (rejectedSet.has(c) || chosen.includes(c)) return false;
    // Last pass: a sentence may serve a second question about a different fact (facts and the
    // cross-stem check below still keep two questions from testing, or giving away, the same thing).
    // A gap-fill shows its whole sentence but the gap, so it too gives away any other fact there.
    const reuse = slack >= 2 && c.facts.length > 0 && !SHOWS_SENTENCE.has(famOf(c)) && !isGapFill(c);
    if ((c.blocks ?? c.sentences).some((s) => usedSentences.has(s) && (!reuse || shownSentences.has(s)))) return false;
    if (slack >= 2 && c.sentences.every((s) => usedSentences.has(s)) && c.sentences.length > 1) return false;
    const fact = c.facts.find((f) => usedFacts.has(f));
    if (fact) {
      if (/^(entity|speaker|role|name):/.test(fact)) reject(c, "same-entity-twice", `${fact} is already asked`);
      return false;
    }
    if (isGapFill(c) && gapFills >= gapCap) return false;
    if ((familyUses.get(famOf(c)) ?? 0) >= familyCap(famOf(c), slack)) return false;
    if ((typeUses.get(c.body.type) ?? 0) >= typeCap(c.body.type, slack)) return false;
    if ((c.shows ?? []).some((s) => optionSentences.has(s))) { reject(c, "reused-options", "it offers sentences an earlier pick offers"); return false; }
    if ((c.shows ?? []).some((s) => usedSentences.has(s))) { reject(c, "key-in-other-options", "an option is the sentence of an earlier pick"); return false; }
    if (c.sentences.some((s) => optionSentences.has(s))) { reject(c, "key-in-other-options", "its sentence is an option of an earlier pick"); return false; }
    if ((c.blocks ?? c.sentences).some((s) => alteredSentences.has(s))) { reject(c, "key-in-other-options", "an earlier pick offers its sentence altered"); return false; }
    if ((c.alters ?? []).some((s) => usedSentences.has(s) || optionSentences.has(s) || alteredSentences.has(s))) { reject(c, "key-in-other-options", "it alters a sentence an earlier pick uses"); return false; }
    const nc = normedOf(c);
    for (const o of chosen) {
      const no = normedOf(o);
      const k = nc.cues.find((x) => gives(no, x));
      if (k) { reject(c, no.prompt.includes(k) ? "key-in-other-stem" : "key-in-other-options", `"${k.trim()}" is shown by an earlier pick`); return false; }
      const k2 = no.cues.find((x) => gives(nc, x));
      if (k2) { reject(c, nc.prompt.includes(k2) ? "key-in-other-stem" : "key-in-other-options", `it shows "${k2.trim()}", another question's key`); return false; }
      // One statement in two questions (an altered option here, a true/false there): the student
      // learns from one what the other offers.
      if (nc.statementWords.some((x) => no.statementWords.some((y) => alike(x, y))) || nc.statements.some((x) => no.prompt.includes(x)) || no.statements.some((x) => nc.prompt.includes(x))) {
        reject(c, "reused-options", "it offers a statement an earlier pick shows"); return false;
      }
      if (sharedOptions(nc.options, no.options) >= REUSED_OPTIONS) { reject(c, "reused-options", "its options are an earlier pick's option set"); return false; }
    }
    return true;
  };
  const take = (c: Candidate) => {
    chosen.push(c);
    for (const s of c.blocks ?? c.sentences) usedSentences.add(s);
    for (const s of c.shows ?? []) optionSentences.add(s);
    for (const s of c.alters ?? []) alteredSentences.add(s);
    if (SHOWS_SENTENCE.has(famOf(c)) || isGapFill(c)) for (const s of c.sentences) shownSentences.add(s);
    for (const f of c.facts) usedFacts.add(f);
    if (famOf(c) !== "attribution") paraUses.set(paraOf(c), (paraUses.get(paraOf(c)) ?? 0) + 1);
    familyUses.set(famOf(c), (familyUses.get(famOf(c)) ?? 0) + 1);
    typeUses.set(c.body.type, (typeUses.get(c.body.type) ?? 0) + 1);
    if (isGapFill(c)) gapFills++;
  };
  const pool = cands.filter((c) => c.sentences.length > 0).sort((a, b) => b.score - a.score || a.sentences[0]! - b.sentences[0]!);
  const best = (min: number, slack: number, only?: (c: Candidate) => boolean) => {
    let pick: Candidate | undefined;
    let pickScore = -Infinity;
    for (const c of pool) {
      if (c.score < min || (only && !only(c)) || !fits(c, slack)) continue;
      const fu = familyUses.get(famOf(c)) ?? 0;
      const adjusted = c.score - 0.5 * (paraUses.get(paraOf(c)) ?? 0) - 0.4 * fu - 0.1 * (typeUses.get(c.body.type) ?? 0);
      if (adjusted > pickScore) { pick = c; pickScore = adjusted; }
    }
    return pick;
  };

  // A required question whose options show sentences (a central idea's details) takes the option
  // set that the fewest strong questions of other families need.
  const strongUses = new Map<number, number>();
  for (const c of pool) if (c.score >= STRONG && !REQUIRED.includes(famOf(c))) for (const s of c.sentences) strongUses.set(s, (strongUses.get(s) ?? 0) + c.score);
  const conflicts = (c: Candidate) => (c.shows ?? []).reduce((n, s) => n + (strongUses.get(s) ?? 0), 0);
  // …and, where it can, one that asks no fact a better question of another family asks ("select the
  // sentence that explains why" would take the fact from the "why …?" question itself).
  // The cost of a required pick is the best other-family question it would rule out by fact or sentence.
  const rivals = new Map<Candidate, number>();
  const rival = (c: Candidate) => {
    let r = rivals.get(c);
    if (r === undefined) rivals.set(c, (r = pool.reduce((m, x) => (!REQUIRED.includes(famOf(x)) && x.score > m && (x.facts.some((f) => c.facts.includes(f)) || x.sentences.some((i) => c.sentences.includes(i))) ? x.score : m), 0)));
    return r;
  };
  for (const f of REQUIRED) {
    if (chosen.length >= count) break;
    // Its worth: its score, or, when it rules out a better question, how much worse it is than that one.
    const worth = (x: Candidate) => (rival(x) > x.score ? x.score - rival(x) : x.score);
    const top = pool.filter((x) => famOf(x) === f && x.score >= MIN_SCORE && fits(x, 0)).sort((a, b) => worth(b) - worth(a))[0];
    const first = top && best(MIN_SCORE, 0, (x) => famOf(x) === f && worth(x) >= worth(top));
    if (!first) continue;
    const variants = pool.filter((x) => famOf(x) === f && x.facts.join() === first.facts.join() && fits(x, 0));
    take(variants.sort((a, b) => conflicts(a) - conflicts(b) || b.score - a.score)[0] ?? first);
  }
  for (const [min, slack] of [[MIN_SCORE, 0], [1.2, 1], [1, 2]] as const) {
    while (chosen.length < count) {
      const c = best(min, slack);
      if (!c) break;
      take(c);
    }
  }
  // Too few families: the most repeated family gives up its weakest pick for the best of a new family.
  for (let guard = 0; guard < count && new Set(chosen.map(famOf)).size < MIN_FAMILIES; guard++) {
    const counts = new Map<string, Candidate[]>();
    for (const c of chosen) counts.set(famOf(c), [...(counts.get(famOf(c)) ?? []), c]);
    const [, group] = [...counts].filter(([f]) => !REQUIRED.includes(f)).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!group || group.length < 2) break;
    const weakest = group.sort((a, b) => a.score - b.score)[0]!;
    const present = new Set(chosen.map(famOf));
    // Undo the weakest pick, then look for a family not yet present.
    chosen.splice(chosen.indexOf(weakest), 1);
    rebuild();
    const c = best(1.2, 1, (x) => !present.has(famOf(x)));
    if (!c) { take(weakest); break; }
    take(c);
  }
  return { chosen, rejected };

  function rebuild() {
    const keep = chosen.splice(0, chosen.length);
    usedSentences.clear(); shownSentences.clear(); optionSentences.clear(); alteredSentences.clear(); usedFacts.clear(); paraUses.clear(); familyUses.clear(); typeUses.clear();
    gapFills = 0;
    for (const c of keep) take(c);
  }
}
