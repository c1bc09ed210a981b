/**
 * The critic: every candidate passes it before ranking, and each rejection has a named reason, so
 * `npm run eval:generate` shows the faults a teacher would see. Checks on one candidate are here;
 * checks across the chosen questions (a key in another question's stem, one entity asked twice) run
 * in rank.ts with the same reason names.
 */
import type { Candidate, Ctx } from "./patterns";
import { lexTag } from "./lexicon";
import { norm, textHasPhrase } from "./distractors";
import { ALIASES, FAMOUS, FESTIVALS, MEASURES, MONTHS } from "./lang/en";
import { circularStem, contradictionIn, fragmentOf } from "./critic-statements";
import { hyphenCut, memo, nameFragment, titleOfWork } from "./critic-names";

export const REASONS = {
  "option-grammar": "an option does not fit the gap's grammar (article, number, 'the' + name)",
  "key-in-stem": "the key, or a strong cue to it, is in the stem",
  "key-in-other-stem": "the key is in another question's stem",
  "general-knowledge": "the key is guessable without the article (capital city, famous institution, the title's own words)",
  "same-entity-twice": "the same entity is asked twice",
  "split-name": "the gap cuts a multi-word name",
  "unit-not-measure": "the unit shown is not a noun of measure",
  "distractor-kind": "a distractor is of another kind than the key",
  "distractor-true": "a distractor is true according to the text",
  "duplicate-options": "two options name the same thing",
  "evidence-broken": "the evidence is not an intact sentence",
  "key-longest": "the key is the one long option",
  "key-in-other-options": "the key, or its sentence, is among another question's options",
  "reused-options": "two questions share an option set",
  "acronym-cue": "an acronym or the words it stands for in the stem give the key away",
  trivia: "the key is a stray detail (a month, a minor number)",
  "circular-evidence": "the stem restates the evidence it asks for",
  "self-contradiction": "a statement contradicts itself (a part larger than its whole, a number changed in one place only)",
  "fragment-statement": "a statement offered is a fragment, not a sentence",
} as const;
export type Reason = keyof typeof REASONS;

export type Rejection = { candidate: Candidate; reason: Reason; detail: string };

const BLANK = /_{3,}/;
function optionTexts(c: Candidate): { key: string[]; distractors: string[] } {
  const b = c.body;
  if (b.type === "single") return { key: b.options.filter((o) => o.id === b.answer).map((o) => o.text), distractors: b.options.filter((o) => o.id !== b.answer).map((o) => o.text) };
  if (b.type === "multiple") return { key: b.options.filter((o) => b.answer.includes(o.id)).map((o) => o.text), distractors: b.options.filter((o) => !b.answer.includes(o.id)).map((o) => o.text) };
  return { key: c.key, distractors: c.distractors };
}

const has = (hay: string, needle: string) => needle.length > 0 && ` ${norm(hay)} `.includes(` ${norm(needle)} `);
const shape = (s: string) => (/^\d{4}$/.test(s) ? "year" : /^[\d.,%$£€]+$/.test(s) ? "number" : /^\p{Lu}/u.test(s) ? "name" : "phrase");
const kindOf = (s: string) => { const t = lexTag(s); return /Country/.test(t) ? "country" : /City/.test(t) ? "city" : /Region|Continent/.test(t) || /^(africa|asia|europe|america|antarctica|oceania)$/i.test(s) ? "region" : ""; };

/** The reason to reject one candidate, or undefined when it passes. */
export function critique(ctx: Ctx, c: Candidate, title = ""): { reason: Reason; detail: string } | undefined {
  const { doc } = ctx;
  const b = c.body;
  const intact = c.sentences.every((i) => doc.sentences[i] && !doc.sentences[i]!.broken);
  if (!intact) return { reason: "evidence-broken", detail: "a sentence of the evidence is broken" };
  const statementFault = statementChecks(ctx, c);
  if (statementFault) return statementFault;
  const { key, distractors } = optionTexts(c);
  const stem = b.prompt;
  const gap = BLANK.exec(stem);
  if (gap && key[0]) {
    const cue = acronymCue(stem, key[0]);
    if (cue) return { reason: "acronym-cue", detail: cue };
    const minor = trivia(ctx, c, key[0]);
    if (minor) return { reason: "trivia", detail: minor };
  }
  // The key in the stem (ordering and matching show their items; evidence and true/false have no key text).
  if (b.type !== "ordering" && b.type !== "matching" && b.type !== "evidence" && b.type !== "truefalse") {
    for (const k of key) {
      if (k.length <= 60 && has(stem, k)) return { reason: "key-in-stem", detail: `"${k}" is in the stem` };
      // A cue: a long name whose distinctive last word is in the stem ("… Desert of Nevada" for "Nevada").
      const last = k.split(/\s+/).at(-1) ?? "";
      if (gap && /^\p{Lu}/u.test(k) && k.includes(" ") && last.length >= 4 && has(stem.replace(BLANK, " "), last)) return { reason: "key-in-stem", detail: `"${last}" of "${k}" is in the stem` };
    }
    // "three or _____ metres", "late 1961 and early _____": a neighbour of the gap gives the key's range.
    if (gap && /^(\d|(one|two|three|four|five|six|seven|eight|nine|ten)\b)/i.test(key[0] ?? "")) {
      const around = stem.slice(Math.max(0, gap.index - 25), gap.index + gap[0].length + 25);
      if (/\b(or|and|to|between)\s+_{3,}|_{3,}\s+(or|and|to)\b/.test(around) && /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(around.replace(BLANK, ""))) return { reason: "key-in-stem", detail: "the gap sits in a range whose other end is shown" };
    }
  }
  // A year the headline prints ("2004: An Irish Athletics Year") answers any question on it.
  if (title && c.family === "date" && key[0] && /^\d{4}$/.test(key[0]) && new RegExp(`\\b${key[0]}\\b`).test(title)) return { reason: "general-knowledge", detail: `"${key[0]}" is in the title` };
  if (gap && key[0]) {
    const k = key[0];
    if (FAMOUS.test(k)) return { reason: "general-knowledge", detail: `"${k}" is a famous institution` };
    if (/\bcapital(?: city)?(?: of [A-Z]\w+)?,?\s*$/.test(stem.slice(0, gap.index))) return { reason: "general-knowledge", detail: "a capital city" };
    // "… in _____, the Kenyan capital": the capital named after the gap.
    if (/^\s*,\s*(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+)?capital\b/u.test(stem.slice(gap.index + gap[0].length))) return { reason: "general-knowledge", detail: "a capital city named after the gap" };
    if (title && has(title, k) && /^\p{Lu}/u.test(k)) return { reason: "general-knowledge", detail: `"${k}" is in the title` };
    // The gap's neighbours: a name that goes on past the gap.
    const before = stem.slice(0, gap.index);
    const after = stem.slice(gap.index + gap[0].length);
    const prevWord = /([\p{L}'-]+)\s*$/u.exec(before)?.[1] ?? "";
    const nextWord = /^\s*([\p{L}'-]+)/u.exec(after)?.[1] ?? "";
    if (/^\p{Lu}/u.test(k)) {
      if ((/^\p{Lu}/u.test(nextWord) && !/^(I|The|A|An)$/.test(nextWord) && /^\s/.test(after)) || (/^\p{Lu}/u.test(prevWord) && /\S\s*$/.test(before) && !/[.!?"']\s*$/.test(before) && before.trim().split(/\s+/).length > 1 && !/^(The|A|An|In|On|At|From|To|By|With|For|Of|And|Or|But)$/.test(prevWord))) {
        return { reason: "split-name", detail: `the gap sits next to "${/^\p{Lu}/u.test(nextWord) ? nextWord : prevWord}"` };
      }
      if (/^(of|de|du|la|le|von|van)$/.test(nextWord) && /^\s+\w+\s+\p{Lu}/u.test(after)) return { reason: "split-name", detail: "the name goes on past the gap" };
    }
    if (/^\d{4}$/.test(k) && /^\p{Lu}/u.test(prevWord) && /^\p{Lu}/u.test(nextWord)) return { reason: "split-name", detail: "a year inside a name" };
    // "_____ 4's gameshow" (Channel 4), "Ex-No _____ media chief" (No 10): a name and its number are one name.
    if (/^\p{Lu}/u.test(k) && /^\s\d+\b/.test(after)) return { reason: "split-name", detail: "a number goes on with the name" };
    if (/^\d+$/.test(k) && /\bNo\.?\s*$/.test(before)) return { reason: "split-name", detail: `the gap follows "No"` };
    // "… victory over _____-Traver": the name goes on past the gap with a hyphen.
    if (/^-\p{Lu}/u.test(after) || /\p{Lu}[\p{L}']*-$/u.test(before)) return { reason: "split-name", detail: "the gap cuts a hyphenated name" };
    // "_____-winning composer", "the 21st _____ network": the name is half of a compound or a title.
    if (/^-\p{Ll}/u.test(after)) return { reason: "split-name", detail: "the gap is the first half of a compound" };
    if (/\b\d+(?:st|nd|rd|th)\s*$/.test(before) && /^\p{Lu}/u.test(k)) return { reason: "split-name", detail: "the gap follows an ordinal" };
    // "the latest toy this _____": a season or festival after "this/last/next" is guessed, not read.
    if (/\b(this|last|next)\s*$/i.test(before) && FESTIVALS.test(k)) return { reason: "general-knowledge", detail: `"${k}" is the season the stem points to` };
    // "the" before the gap: every option must be a name the article uses with "the", or none.
    if (/\bthe\s*$/i.test(before) && b.type === "single") {
      const withThe = (o: string) => textHasPhrase(doc.text, `the ${o}`);
      const bad = distractors.find((d) => /^\p{Lu}/u.test(d) && withThe(k) && !withThe(d) && !ctx.ents.entities.some((e) => e.name === d && e.kind === "org"));
      if (bad) return { reason: "option-grammar", detail: `"the ${bad}"` };
    }
    if (/\b(a|an)\s*$/i.test(before)) {
      const an = /\ban\s*$/i.test(before);
      const bad = [k, ...distractors].find((o) => /^[aeiou]/i.test(o) !== an);
      if (bad) return { reason: "option-grammar", detail: `"${an ? "an" : "a"} ${bad}"` };
    }
  }
  if (b.type === "numeric" && b.unit && !MEASURES.has(b.unit.toLowerCase().replace(/^(million|billion) /, "")) && !/^[$£€]/.test(b.unit)) return { reason: "unit-not-measure", detail: `unit "${b.unit}"` };
  if (distractors.length && key.length) {
    const alias = aliasClash(stem, [...key, ...distractors]);
    if (alias) return { reason: "distractor-true", detail: alias };
    const all = [...key, ...distractors].map(norm);
    if (new Set(all).size !== all.length) return { reason: "duplicate-options", detail: "an option repeats" };
    for (let i = 0; i < all.length; i++) for (let j = 0; j < all.length; j++) {
      if (i !== j && all[i]!.length >= 3 && all[j]!.split(" ").length <= 4 && ` ${all[j]} `.includes(` ${all[i]} `)) return { reason: "duplicate-options", detail: `"${all[i]}" is inside "${all[j]}"` };
    }
    const k = key[0]!;
    // "James" among "Peter Wright, Trevor Hicks": a first name or surname alone beside full names.
    if (b.type === "single" && /^\p{Lu}/u.test(k) && !/\d/.test(k)) {
      const multi = (x: string) => x.trim().split(/\s+/).length > 1;
      const bad = distractors.find((d) => /^\p{Lu}/u.test(d) && multi(d) !== multi(k) && ctx.ents.entities.some((e) => e.kind === "person" && (e.name === d || e.forms.includes(k.toLowerCase()))));
      if (bad) return { reason: "distractor-kind", detail: `"${bad}" is not in the form of "${k}"` };
    }
    if (b.type === "single" && shape(k) !== "phrase") {
      const bad = distractors.find((d) => shape(d) !== shape(k) || (kindOf(k) && kindOf(d) && kindOf(k) !== kindOf(d)));
      if (bad) return { reason: "distractor-kind", detail: `"${bad}" for "${k}"` };
      const work = distractors.find((d) => shape(d) === "name" && memo(doc, "work", d, titleOfWork) && !memo(doc, "work", k, titleOfWork));
      if (work) return { reason: "distractor-kind", detail: `"${work}" is the title of a work, "${k}" is not` };
      // A person's first name or surname is a form of their name, not a fragment (the form check is above).
      const personForm = (d: string) => ctx.ents.entities.some((e) => e.kind === "person" && (e.name === d || e.forms.includes(d.toLowerCase())));
      const piece = !personForm(k) && distractors.find((d) => shape(d) === "name" && !personForm(d) && memo(doc, "fragment", d, nameFragment));
      const cut = distractors.find((d) => shape(d) === "name" && memo(doc, "hyphen", d, hyphenCut));
      if (cut) return { reason: "distractor-kind", detail: `"${cut}" cuts a hyphenated name` };
      if (piece) return { reason: "distractor-kind", detail: `"${piece}" only occurs as part of a longer name` };
    }
    // The key as the one long option gives itself away.
    if (b.type === "single") {
      const len = (s: string) => s.length;
      const longest = Math.max(...distractors.map(len));
      if (len(k) > 1.7 * longest && len(k) > 25) return { reason: "key-longest", detail: `key ${len(k)} characters, longest distractor ${longest}` };
    }
    // A distractor true according to the text: put in the gap, the sentence's words around it occur in the article.
    if (gap && b.type === "single") {
      const ev = doc.sentences[c.sentences[0]!]!;
      const before = norm(stem.slice(0, gap.index)).split(" ").slice(-2).join(" ");
      const after = norm(stem.slice(gap.index + gap[0].length)).split(" ").slice(0, 2).join(" ");
      for (const d of distractors) {
        const probe = `${before} ${norm(d)} ${after}`.trim();
        if (probe.split(" ").length >= 3 && textHasPhrase(doc.text, probe)) return { reason: "distractor-true", detail: `"${d}" also fits: "${probe}"` };
        if (b.skill !== "vocabulary" && /^\p{Lu}/u.test(d) && has(ev.text, d)) return { reason: "distractor-true", detail: `"${d}" is in the evidence sentence` };
      }
    }
  }
  return undefined;
}

/** Whole statements shown as options or as a true/false prompt, with the sentence each was made from. */
function statementsOf(ctx: Ctx, c: Candidate): { text: string; altered: boolean }[] {
  const b = c.body;
  if (b.type === "truefalse") return [{ text: b.prompt.replace(/^True or false\?\s*/, ""), altered: !b.answer }];
  if (b.type !== "single" || !/^(central-idea|true-statement|evidence)$/.test(c.family ?? "")) return [];
  return b.options.map((o) => ({ text: o.text, altered: c.family === "true-statement" && o.id !== b.answer }));
}

function statementChecks(ctx: Ctx, c: Candidate): { reason: Reason; detail: string } | undefined {
  const evidence = ctx.doc.sentences[c.sentences[0]!]?.text ?? "";
  for (const st of statementsOf(ctx, c)) {
    const fragment = fragmentOf(ctx.doc, st.text);
    if (fragment) return { reason: "fragment-statement", detail: `"${st.text.slice(0, 60)}": ${fragment}` };
    const clash = st.altered ? contradictionIn(st.text, evidence) : undefined;
    if (clash) return { reason: "self-contradiction", detail: clash };
  }
  // "… the reason that In Bolivia and Peru, reports of …?": the clause asked about is not a sentence.
  if (c.family === "cause-effect") {
    const fault = causeGrammar(ctx, c);
    if (fault) return fault;
  }
  // An evidence question (select the sentence, or Part B) whose stem already shows its sentence.
  if (c.family === "evidence" || c.body.type === "evidence") {
    const circular = circularStem(c.body.prompt.replace(/^The article says: "[^"]*"\s*/, ""), c.sentences.map((i) => ctx.doc.sentences[i]!.text).join(" "));
    if (circular) return { reason: "circular-evidence", detail: circular };
  }
  return undefined;
}

/** Two options that name one country ("America" beside "US"), or an option another name for a country in the stem. */
export function aliasClash(stem: string, options: string[]): string | undefined {
  const group = (o: string) => ALIASES.findIndex((g) => g.includes(norm(o).replace(/^the /, "")));
  const seen = new Map<number, string>();
  for (const o of options) {
    const g = group(o);
    if (g < 0) continue;
    if (seen.has(g)) return `"${o}" and "${seen.get(g)}" name the same country`;
    seen.set(g, o);
    const other = ALIASES[g]!.find((a) => a !== norm(o) && has(stem.replace(BLANK, " "), a));
    if (other) return `"${o}" is another name for "${other}" in the stem`;
  }
  return undefined;
}

const isName = (ctx: Ctx, word: string) => ctx.ents.entities.some((e) => e.forms.includes(word.toLowerCase()) || e.name.split(" ")[0] === word);

/**
 * A cause question made from a clause that is not one: "why did Around a third of deaths occur …,
 * largely?" (a sentence's capital carried mid-stem, an adverb left dangling), "Because Antibiotic
 * resistance …" (the same in an option).
 */
function causeGrammar(ctx: Ctx, c: Candidate): { reason: Reason; detail: string } | undefined {
  const stem = c.body.prompt;
  const carried = /\b(?:that|why (?:did|do|does|is|are|was|were|has|have|had|will|would|could|can)|result of) (\p{Lu}\p{Ll}+)\b/u.exec(stem);
  if (carried && !isName(ctx, carried[1]!)) return { reason: "fragment-statement", detail: `"${carried[1]}" keeps a sentence's capital inside the stem` };
  if (/,\s*\p{Ll}+\?$/u.test(stem)) return { reason: "fragment-statement", detail: "the stem ends on a dangling word" };
  const { key, distractors } = optionTexts(c);
  const bad = [...key, ...distractors].find((o) => { const w = /^Because (?:of )?(\p{Lu}\p{Ll}+)/u.exec(o)?.[1]; return !!w && !isName(ctx, w); });
  return bad ? { reason: "option-grammar", detail: `"${bad.slice(0, 40)}" keeps a sentence's capital` } : undefined;
}

/** Initials of a name's capitalised words: "Governmental Advisory Committee" → "GAC". */
const initialsOf = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** The key's acronym in the stem ("_____ (Icann)"), or the words an acronym key stands for. */
export function acronymCue(stem: string, key: string): string | undefined {
  const shown = stem.replace(BLANK, " ");
  const initials = initialsOf(key);
  if (initials.length >= 2 && key.includes(" ") && new RegExp(`\\b${initials}s?\\b`, "i").test(shown)) return `"${initials}" stands for "${key}"`;
  if (/^[A-Z]{2,6}s?$/.test(key)) {
    const runs = shown.match(/\p{Lu}[\p{L}'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?\p{Lu}[\p{L}'-]*)+/gu) ?? [];
    const run = runs.find((r) => initialsOf(r).toUpperCase() === key.replace(/s$/, ""));
    if (run) return `"${run}" spells "${key}"`;
  }
  return undefined;
}

/** A gap on a detail that does not matter: a month, or a count or measure in a sentence the article does not build on. */
function trivia(ctx: Ctx, c: Candidate, key: string): string | undefined {
  if (c.sentences.length !== 1) return undefined;
  if (MONTHS.has(key.toLowerCase())) return `the month "${key}"`;
  // Years date events and stay (the date family has its own cap); counts and measures are the trivia.
  const numeric = (c.body.type === "numeric" || /^\d[\d,.]*$/.test(key)) && !/^\d{4}$/.test(key);
  // "below 70 per _____ head of population": the base of a rate is a convention, not a fact of the article.
  if (numeric && /\bper\s+_{3,}/.test(c.body.prompt)) return `"${key}" is the base of a rate`;
  const central = ctx.centrality[c.sentences[0]!] ?? 1;
  if (numeric && central < MINOR_CENTRALITY) return `"${key}" in a sentence of centrality ${central.toFixed(2)}`;
  return undefined;
}
/** Below this TextRank centrality a sentence is a side detail: a number in it is not worth a question. */
export const MINOR_CENTRALITY = 0.2;

/** Splits candidates into those that pass and the rejections, each with its reason. */
export function criticise(ctx: Ctx, cands: Candidate[], title = ""): { passed: Candidate[]; rejected: Rejection[] } {
  const passed: Candidate[] = [];
  const rejected: Rejection[] = [];
  for (const c of cands) {
    const r = critique(ctx, c, title);
    if (r) rejected.push({ candidate: c, ...r });
    else passed.push(c);
  }
  return { passed, rejected };
}
