/**
 * Stage 5: question builders, one per pattern. Each turns a relation or a fact of one intact
 * sentence into a candidate question with its evidence, explanation, skill and difficulty. They
 * over-generate; rank.ts keeps the best and drops repeats.
 */
import type { QuestionInput, Skill } from "../quiz/schema";
import type { Doc, Sentence } from "./sentences";
import type { Entities, Entity, Mention, Quantity } from "./entities";
import type { Relations } from "./relations";
import { COLOURS, MONTHS, REPORTING_VERBS, lexTag } from "./lexicon";
import { alterNumber, entityDistractors, formatLike, formOf, hash, norm, pickBalanced, poolOf, shuffle, yearDistractors } from "./distractors";

type Body = QuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, "id"> : never) : never;

export type Candidate = {
  body: Body;
  score: number;
  /** Evidence sentence indices; a sentence feeds one question only. */
  sentences: number[];
  /** Extra fact keys that must not repeat across questions ("speaker:3", "entity:5"). */
  facts: string[];
  /** The key as text, for the automatic checks. */
  key: string[];
  /** Distractors as text, for the automatic checks. */
  distractors: string[];
  /** Which builder made it; the ranker spreads picks across families. */
  family?: string;
  /** Sentences this question uses up, when not all of `sentences` (a matching only uses the descriptions). */
  blocks?: number[];
};

const BLANK = "_____";
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const OPTION_IDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
const PRONOUN_START = /^"?(He|She|It|They|This|That|These|Those|But|And|Or|So|Yet|His|Her|Their|Its|We|I|You|Such|Then|There)\b/;

export const spanOf = (s: Sentence) => ({ start: s.start, end: s.end });
const quoteOf = (s: Sentence) => `"${s.text.replace(/^"/, "").replace(/"$/, "")}"`;

/** The sentence with [start, end) replaced by a blank, shortened around it to at most ~32 words. */
export function blankOut(doc: Doc, s: Sentence, start: number, end: number, blank = BLANK): string {
  let before = doc.text.slice(s.start, start);
  let after = doc.text.slice(end, s.end);
  const trimLeft = (x: string) => {
    if (words(x) <= 16) return x;
    const parts = x.split(/(?<=[,;:–—])\s+/);
    while (parts.length > 1 && words(parts.join(" ")) > 16) parts.shift();
    const joined = parts.join(" ");
    return words(joined) > 18 ? "…" + joined.split(/\s+/).slice(-14).join(" ") : "…" + joined;
  };
  const trimRight = (x: string) => {
    if (words(x) <= 18) return x;
    // Cut at the last clause boundary within ~18 words, so the gap keeps enough context.
    const ws = x.split(/\s+/);
    let cut = -1;
    for (let i = 5; i < Math.min(ws.length, 18); i++) if (/[,;:]$/.test(ws[i]!) || /^[–—]$/.test(ws[i + 1] ?? "")) cut = i;
    const head = cut >= 0 ? ws.slice(0, cut + 1).join(" ").replace(/[,;:]$/, "") : ws.slice(0, 16).join(" ");
    return head + "…";
  };
  // A sentence of normal length is shown whole; only long ones are cut around the gap.
  // Cutting inside a quotation would leave a stray quote mark or merge speech into narration.
  if (words(s.text) > 34 && !s.text.includes('"')) {
    before = trimLeft(before);
    after = trimRight(after);
  }
  // Speech inside the quoted sentence keeps its marks, as single quotes.
  const out = `${before}${blank}${after}`.replace(/"/g, "'");
  return `"${out}"`;
}

const explain = (s: Sentence[], tail: string) =>
  `The article says: ${s.map((x) => quoteOf(x)).join(" ")} ${tail}`.slice(0, 1990);

function options(key: string, distractors: string[], seed: string) {
  const all = shuffle([key, ...distractors], seed);
  const opts = all.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
  return { options: opts, answer: opts.find((o) => o.text === key)!.id };
}

const okSentence = (s: Sentence | undefined, max = 48) => !!s && !s.broken && words(s.text) >= 6 && words(s.text) <= max;

type Ctx = { doc: Doc; ents: Entities; rel: Relations; topic: Set<number>; years: number[] };

/** Who said it: the speaker among other people of the article. */
function attribution(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const speakers = new Set(ctx.rel.quotes.map((q) => q.speaker.id));
  for (const q of ctx.rel.quotes) {
    // The quoted part of one sentence: prefer the one that names the speaker and carries no numbers,
    // so the quote does not use up (or give away) a fact another question could ask about.
    const names = (s: Sentence) => q.speaker.forms.some((f) => s.text.toLowerCase().includes(f));
    const parts = q.sentences
      .map((i) => ctx.doc.sentences[i]!)
      .map((s) => ({ s, text: ctx.doc.text.slice(Math.max(s.start, q.start + 1), Math.min(s.end, q.end - 1)).trim().replace(/^"|"$/g, "").replace(/[,;:]$/, "") }))
      .filter((p) => words(p.text) >= 8 && words(p.text) <= 40);
    const hasNumber = (s: Sentence) => ctx.ents.quantities.some((x) => x.sentence === s.index);
    parts.sort((a, b) => Number(names(b.s)) - Number(names(a.s)) || Number(hasNumber(a.s)) - Number(hasNumber(b.s)) || a.s.index - b.s.index);
    const part = parts[0];
    if (!part) continue;
    const text = part.text;
    const low = text.toLowerCase();
    if (q.speaker.forms.some((f) => low.includes(f))) continue;
    const ev = [part.s];
    if (!names(part.s)) {
      // The speaker is named in the quote's last sentence or, for "he said", in the sentence before.
      const tail = q.sentences.map((i) => ctx.doc.sentences[i]!).find(names);
      const prev = ctx.doc.sentences[q.sentences[0]! - 1];
      if (tail) ev.push(tail);
      else if (prev && !prev.broken && names(prev)) ev.unshift(prev);
      else continue;
    }
    const pool = poolOf(ctx.ents, "person")
      .filter((e) => e.id !== q.speaker.id && !e.forms.some((f) => low.includes(f)))
      .sort((a, b) => Number(speakers.has(b.id)) - Number(speakers.has(a.id)) || b.mentions.length - a.mentions.length)
      .filter((e) => e.name.includes(" ") === q.speaker.name.includes(" ") || e.name.includes(" "))
      .map((e) => e.name);
    const ds = pickBalanced(q.speaker.name, pool, 3);
    if (ds.length < 2) continue;
    const { options: opts, answer } = options(q.speaker.name, ds, text);
    out.push({
      body: {
        type: "single",
        prompt: `According to the article, who said this? "${text.replace(/"/g, "'")}"`,
        options: opts,
        answer,
        explanation: explain(ev, `These are ${q.speaker.name}'s words.`),
        evidence: ev.map(spanOf),
        skill: "attribution",
        difficulty: 2,
      },
      score: 2.8 + (words(text) <= 30 ? 0.3 : 0),
      sentences: ev.map((s) => s.index),
      // Evidence that also describes the speaker ("George, another Darfur refugee") tests the same fact as a role question.
      facts: [`speaker:${q.speaker.id}`, ...roleFacts(ctx, q.speaker.id, ev.map((x) => x.index))],
      key: [q.speaker.name],
      distractors: ds,
    });
  }
  return out;
}

const lowerFirst = (s: string) => (/^(The|A|An|His|Her|Their|Its)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Who is who: a matching question over people and their descriptions, and single ones per role. */
function roles(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const byPerson = new Map<number, Relations["roles"][number]>();
  for (const r of ctx.rel.roles) if (!byPerson.has(r.person.id) && words(r.role) <= 12) byPerson.set(r.person.id, r);
  const rs = [...byPerson.values()];
  if (rs.length >= 3) {
    const pick = rs.slice(0, 5);
    const sents = [...new Set(pick.map((r) => r.sentence))].slice(0, 6).map((i) => ctx.doc.sentences[i]!);
    const used = pick.filter((r) => sents.some((s) => s.index === r.sentence));
    if (used.length >= 3) {
      const left = used.map((r, i) => ({ id: `p${i + 1}`, text: r.person.name }));
      const right = shuffle(used.map((r, i) => ({ id: `r${i + 1}`, text: lowerFirst(r.role) })), used.map((r) => r.role).join("|"));
      const answer = Object.fromEntries(used.map((r, i) => [`p${i + 1}`, `r${i + 1}`]));
      out.push({
        body: {
          type: "matching",
          prompt: "Match each person to the way the article describes them.",
          left,
          right,
          answer,
          explanation: explain(sents, ""),
          evidence: sents.map(spanOf),
          skill: "detail",
          difficulty: 3,
        },
        score: 3.6,
        sentences: sents.map((s) => s.index),
        blocks: [],
        facts: used.map((r) => `role:${r.person.id}`),
        key: used.map((r) => `${r.person.name} = ${r.role}`),
        distractors: [],
      });
    }
  }
  for (const r of rs) {
    const s = ctx.doc.sentences[r.sentence]!;
    if (!okSentence(s, 60)) continue;
    const low = r.role.toLowerCase();
    const pool = poolOf(ctx.ents, "person")
      .filter((e) => e.id !== r.person.id && e.name.includes(" ") && !e.forms.some((f) => low.includes(f)))
      .filter((e) => !ctx.rel.roles.some((o) => o.person.id === e.id && norm(o.role) === norm(r.role)))
      .sort((a, b) => Number(byPerson.has(b.id)) - Number(byPerson.has(a.id)) || b.mentions.length - a.mentions.length)
      .map((e) => e.name);
    const ds = pickBalanced(r.person.name, pool, 3);
    if (ds.length < 2) continue;
    const { options: opts, answer } = options(r.person.name, ds, r.role);
    out.push({
      body: {
        type: "single",
        prompt: `Who does the article describe as "${lowerFirst(r.role)}"?`,
        options: opts,
        answer,
        explanation: explain([s], `${r.person.name} is ${lowerFirst(r.role)}.`),
        evidence: [spanOf(s)],
        skill: "detail",
        difficulty: 2,
      },
      // "a spokesperson" alone says little; "the French interior minister" is worth asking.
      score: words(r.role) >= 3 ? 3 : 2.4,
      sentences: [s.index],
      facts: [`role:${r.person.id}`],
      key: [r.person.name],
      distractors: ds,
    });
  }
  return out;
}

/** "What code name has the operation been given?" — a Wh-question where the sentence says what X is called. */
function namings(ctx: Ctx): Candidate[] {
  return ctx.rel.namings.flatMap((n) => {
    const s = ctx.doc.sentences[n.sentence]!;
    const [aux1, ...auxRest] = n.aux.split(" ");
    const subject = lowerFirst(n.subject);
    const given = /^given/.test(n.verb);
    const prompt = given
      ? `According to the article, what ${n.label} ${aux1} ${subject} ${[...auxRest, "given"].join(" ")}?`
      : `According to the article, what ${aux1} ${subject} ${[...auxRest, n.verb].join(" ")}?`;
    if (prompt.toLowerCase().includes(n.name.toLowerCase())) return [];
    return [{
      body: {
        type: "short" as const,
        prompt,
        answer: [n.name],
        explanation: explain([s], `The name is ${n.name}.`),
        evidence: [spanOf(s)],
        skill: "vocabulary" as Skill,
        difficulty: 1,
      },
      score: 4,
      sentences: [s.index],
      facts: [`name:${norm(n.name)}`],
      key: [n.name],
      distractors: [],
    }];
  });
}

const KIND_NOUN = { place: "places", person: "people", org: "organisations", other: "names" } as const;

/** Multiple select over a list of names of one kind ("Nigeria, Niger, … and Benin"). */
function lists(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const l of ctx.rel.lists) {
    const s = ctx.doc.sentences[l.sentence]!;
    if (!okSentence(s, 60)) continue;
    const items = l.items.map((m) => ctx.ents.entities[m.entity]!);
    const kind = items[0]!.kind;
    const keyNames = l.items.map((m) => m.text);
    const avgKey = keyNames.reduce((a, k) => a + k.length, 0) / keyNames.length;
    // Countries with countries, cities with cities, when the lexicon knows.
    const sub = (name: string) => (/Country/.test(lexTag(name)) ? "country" : /City/.test(lexTag(name)) ? "city" : "");
    const keySub = sub(items[0]!.name);
    const pool = ctx.ents.entities.filter((e) => e.kind === kind && e.confident && !items.includes(e) && (!keySub || sub(e.name) === keySub)).map((e) => e.name);
    let ds = pickBalanced(keyNames[0]!, pool.filter((p) => !s.text.includes(p)), 3, keyNames);
    if (ds.length < 3 && kind === "place") {
      ds = ds.concat(entityDistractors(ctx.ents, items[0]!, "full", [s.text, ...ds], 6).filter((d) => !keyNames.includes(d) && !ds.includes(d))).slice(0, 3);
    }
    ds = ds.filter((d) => d.length <= avgKey * 2.5);
    if (ds.length < 2) continue;
    const keys = keyNames.slice(0, 6);
    const all = shuffle([...keys, ...ds], s.text);
    const opts = all.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
    out.push({
      body: {
        type: "multiple",
        prompt: `Which ${KIND_NOUN[kind]} belong in the gap? Select all that apply. ${blankOut(ctx.doc, s, l.start, l.end)}`,
        options: opts,
        answer: opts.filter((o) => keys.includes(o.text)).map((o) => o.id),
        explanation: explain([s], `The ${KIND_NOUN[kind]} named are ${keys.join(", ")}.`),
        evidence: [spanOf(s)],
        skill: "detail",
        difficulty: 2,
      },
      score: 3.1,
      sentences: [s.index],
      facts: items.map((e) => `entity:${e.id}`),
      key: keys,
      distractors: ds,
    });
  }
  return out;
}

/** "to ___, one grade down from the highest level, scarlet": the level, among the scale's other words. */
function scales(ctx: Ctx): Candidate[] {
  return ctx.rel.scales.flatMap((sc) => {
    const s = ctx.doc.sentences[sc.sentence]!;
    const isColour = COLOURS.some((c) => sc.value.endsWith(c));
    const pool = [sc.top, ...(isColour ? COLOURS.filter((c) => ctx.doc.text.toLowerCase().includes(` ${c}`)) : []), ...(isColour ? COLOURS : [])];
    const ds = pickBalanced(sc.value, pool.filter((p) => norm(p) !== norm(sc.value)), 3).filter((d) => !sc.value.includes(d) && !d.includes(sc.value));
    const ds2 = ds.length >= 2 ? ds : [sc.top, ...COLOURS.filter((c) => c !== sc.value && c !== sc.top)].slice(0, 3);
    const { options: opts, answer } = options(sc.value, ds2, s.text);
    return [{
      body: {
        type: "single" as const,
        prompt: `Which level completes this sentence from the article? ${blankOut(ctx.doc, s, sc.valueStart, sc.valueEnd)}`,
        options: opts,
        answer,
        explanation: explain([s], `The level is ${sc.value}, one below the highest, ${sc.top}.`),
        evidence: [spanOf(s)],
        skill: "detail" as Skill,
        difficulty: 2,
      },
      score: 3.5,
      sentences: [s.index],
      facts: [`scale:${sc.sentence}`],
      key: [sc.value],
      distractors: ds2,
    }];
  });
}

/** Numbers: numeric gap-fills for counts with a unit, single choice for years, true/false by altering. */
function numbers(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const all = new Set(ctx.ents.quantities.map((q) => q.value));
  for (const q of ctx.ents.quantities) {
    const s = ctx.doc.sentences[q.sentence]!;
    if (!okSentence(s)) continue;
    const sameInSentence = ctx.ents.quantities.filter((o) => o.sentence === q.sentence && o !== q);
    if (sameInSentence.some((o) => o.value === q.value)) continue;
    const prompt0 = blankOut(ctx.doc, s, q.start + (/^[$£€]/.test(q.text) ? 1 : 0), q.end);
    if (q.kind === "year") {
      const ds = yearDistractors(q.value, ctx.years, 3, sameInSentence.map((o) => o.value)).map(String);
      const { options: opts, answer } = options(String(q.value), ds, s.text);
      out.push({
        body: {
          type: "single",
          prompt: `Which year completes this sentence from the article? ${prompt0}`,
          options: opts,
          answer,
          explanation: explain([s], `The year is ${q.value}.`),
          evidence: [spanOf(s)],
          skill: "number",
          difficulty: 2,
        },
        score: 2.9,
        family: "date",
        sentences: [s.index],
        facts: [`year:${q.value}`],
        key: [String(q.value)],
        distractors: ds,
      });
      continue;
    }
    if (!q.unit && q.kind === "count") continue;
    // "the two children", "all three mountains" point back at things already counted: no news in the number.
    if (!/^\d/.test(q.text) && /^(the|all|both|these|those|its|their|his|her|our)$/.test(ctx.doc.tokens[q.first - 1]?.lower ?? "")) continue;
    if (q.value < 2) continue;
    const unit = q.kind === "percent" ? "%" : q.kind === "money" ? `${q.text[0]}${q.unit === "bn" || q.unit === "m" ? q.unit : ""}` : q.unit;
    if (q.kind === "money" && !/^[$£€]/.test(q.text)) continue;
    const wh = howMany(ctx.doc, s, q);
    out.push({
      body: {
        type: "numeric",
        prompt: wh ?? `What number is missing from this sentence of the article? ${prompt0}`,
        answer: q.value,
        tolerance: 0,
        ...(unit ? { unit } : {}),
        explanation: explain([s], `The number is ${q.text}.`),
        evidence: [spanOf(s)],
        skill: "number",
        difficulty: /^\d/.test(q.text) ? 2 : 1,
      },
      // Small numbers written as words ("the three main summits") are rarely what an article is about.
      score: 2.6 + (q.unit && !/^(times|years?|days?|months?|weeks?|hours?)$/.test(q.unit) ? 0.3 : 0) - (/^\d/.test(q.text) ? 0 : 0.9) + (wh ? 0.3 : 0),
      sentences: [s.index],
      // The same value twice in an article is usually the same fact ("15 victims", "killed 15 students").
      facts: [`number:${q.value}`],
      key: [q.text],
      distractors: [],
    });
    const tf = trueFalseNumber(ctx, q, s, all);
    if (tf) out.push(tf);
  }
  return out;
}

// A true/false statement must stand on its own: no quotation, no pronoun pointing elsewhere.
const APPROX = /^(about|around|some|nearly|almost|roughly)$/;

/**
 * "How many …?" when the count is the subject ("About 500 troops are in Bamako"), the object of a
 * simple past verb ("The bombs killed 15 students …") or of a perfect ("The project has already had
 * 10,000 applicants"). Undefined when the sentence does not fit one of these shapes exactly.
 */
export function howMany(doc: Doc, s: Sentence, q: Quantity): string | undefined {
  const t = doc.tokens;
  if (s.quoted || s.text.includes('"') || q.kind !== "count" || !/^\d/.test(q.text)) return undefined;
  let np = q.last + 1;
  while (np + 1 <= s.last && /^(ADJ|NOUN|PROPN)$/.test(t[np + 1]!.pos) && t[np]!.pos !== "NOUN") np++;
  while (np + 1 <= s.last && t[np + 1]!.pos === "NOUN") np++;
  if (t[np]?.pos !== "NOUN" || np > s.last || t[np]!.lower === t[np]!.lemma) return undefined;
  const phrase = doc.text.slice(t[q.last + 1]!.start, t[np]!.end);
  // The rest of the clause, up to a comma, dash or coordinated clause.
  let end = np;
  while (end + 1 <= s.last && !/^[,;:–—.!?()]$/.test(t[end + 1]!.text) && !(/^(and|but)$/.test(t[end + 1]!.lower) && end > np + 1)) end++;
  if (end - np > 12) return undefined;
  const rest = end > np ? doc.text.slice(t[np + 1]!.start, t[end]!.end) : "";
  const lowerDet = (x: string) => x.replace(/^(The|A|An|This|That|These|Those|Its|Their)\b/, (w) => w.toLowerCase());
  let first = q.first;
  if (t[first - 1] && APPROX.test(t[first - 1]!.lower)) first--;
  // A short opening adverbial ("Nevertheless,", "In February,") is not part of the subject.
  let sFirst = s.first;
  for (let k = s.first; k <= s.first + 4 && k < first; k++) if (t[k]!.text === ",") { sFirst = k + 1; break; }
  if (first === sFirst) {
    const verb = t[np + 1];
    if (!verb || !/^(AUX|VERB)$/.test(verb.pos)) return undefined;
    return `According to the article, how many ${phrase} ${rest}?`;
  }
  const v = t[first - 1]!;
  if (!(v.pos === "VERB" || (v.pos === "AUX" && v.lemma === "have")) || v.lower === v.lemma) return undefined;
  let auxAt = first - 2;
  while (auxAt > sFirst && t[auxAt]!.pos === "ADV") auxAt--;
  const aux = t[auxAt];
  const subjectEnd = aux && /^(has|have|had)$/.test(aux.lower) ? auxAt - 1 : first - 2;
  const subjTokens = t.slice(sFirst, subjectEnd + 1);
  if (!subjTokens.length || subjTokens.length > 7 || subjTokens.some((x) => /^[,"'()–—]$/.test(x.text) || x.pos === "VERB" || x.pos === "AUX")) return undefined;
  if (!/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(subjTokens[0]!.pos)) return undefined;
  const subject = lowerDet(doc.text.slice(subjTokens[0]!.start, subjTokens.at(-1)!.end));
  const tail = rest ? ` ${rest}` : "";
  if (aux && /^(has|have|had)$/.test(aux.lower)) {
    const adv = auxAt + 1 < first - 1 ? " " + doc.text.slice(t[auxAt + 1]!.start, t[first - 2]!.end) : "";
    return `According to the article, how many ${phrase} ${aux.lower} ${subject}${adv} ${v.text}${tail}?`;
  }
  if (first - 2 !== subjectEnd || !/ed$/.test(v.lower) && !/^(had|made|took|gave|sold|bought|paid|spent|lost|won|built|sent|brought|found|got|kept|left|met|saw|told)$/.test(v.lower)) return undefined;
  return `According to the article, how many ${phrase} did ${subject} ${v.lemma}${tail}?`;
}

const standalone = (s: Sentence) =>
  okSentence(s, 32) && !s.quoted && !s.text.includes('"') && !PRONOUN_START.test(s.text) &&
  !/\b(I|we|my|our|you|he|she|him|her|his|they|them|their|it|its)\b/i.test(s.text);

function trueFalseNumber(ctx: Ctx, q: Quantity, s: Sentence, all: Set<number>): Candidate | undefined {
  if (!standalone(s)) return undefined;
  const truth = (Number(q.value) + s.index) % 2 === 0;
  const wrong = alterNumber(q.value, s.text, all);
  const text = truth ? s.text : ctx.doc.text.slice(s.start, q.start) + formatLike(q.text, wrong) + ctx.doc.text.slice(q.end, s.end);
  return {
    body: {
      type: "truefalse",
      prompt: `True or false? ${text}`,
      answer: truth,
      explanation: explain([s], truth ? "So the statement is true." : `The number is ${q.text}, not ${formatLike(q.text, wrong)}.`),
      evidence: [spanOf(s)],
      skill: "number",
      difficulty: 1,
    },
    score: 2.1,
    family: "truefalse",
    sentences: [s.index],
    facts: [`number:${q.value}`],
    key: [String(truth)],
    distractors: [],
  };
}

const roleFacts = (ctx: Ctx, person: number, sentences: number[]) =>
  ctx.rel.roles.some((r) => r.person.id === person && sentences.includes(r.sentence)) ? [`role:${person}`] : [];

const nearQuote = (doc: Doc, m: Mention) => {
  const t = doc.tokens;
  const before = t[m.first - 1]?.lower ?? "";
  const after = t[m.last + 1]?.lower ?? "";
  return (REPORTING_VERBS.has(after) || REPORTING_VERBS.has(before)) && doc.sentences[m.sentence]!.text.includes('"');
};

/** Gap-fills on a name: single choice among names of the same kind; typed answer when none exist. */
function names(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  // One question per name survives ranking, so a few candidate mentions per name are enough; this
  // keeps long articles linear.
  const perEntity = new Map<number, number>();
  for (const m of ctx.ents.mentions) {
    const s = ctx.doc.sentences[m.sentence]!;
    if (!okSentence(s)) continue;
    const e = ctx.ents.entities[m.entity]!;
    if (e.kind === "other" && e.mentions.length > 2) continue;
    if ((perEntity.get(e.id) ?? 0) >= 4) continue;
    perEntity.set(e.id, (perEntity.get(e.id) ?? 0) + 1);
    const prompt0 = blankOut(ctx.doc, s, m.start, m.end);
    const low = prompt0.toLowerCase();
    if (e.forms.some((f) => new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(low))) continue;
    // Part of a list or a title: the gap would be ambiguous.
    const t = ctx.doc.tokens;
    if (t[m.first - 1]?.text === "," && t[m.first - 2] && ctx.ents.mentionAt.has(m.first - 2)) continue;
    if (t[m.last + 1]?.text === "," && ctx.ents.mentionAt.has(m.last + 2)) continue;
    if (/^(and|or)$/.test(t[m.first - 1]?.lower ?? "") && ctx.ents.mentionAt.has(m.first - 2)) continue;
    if (/^(and|or)$/.test(t[m.last + 1]?.lower ?? "") && ctx.ents.mentionAt.has(m.last + 2)) continue;
    // "(NLP)" only abbreviates the words before it.
    if (t[m.first - 1]?.text === "(" && t[m.last + 1]?.text === ")") continue;
    const topic = ctx.topic.has(e.id);
    const form = formOf(e, m);
    const kindWord = e.kind === "person" ? "person" : e.kind === "place" ? "place" : e.kind === "org" ? "organisation" : "name";
    // Options of "the same kind" are only as good as the key's own type.
    const ds = e.kind === "other" || !e.confident ? [] : entityDistractors(ctx.ents, e, form, [s.text], 3);
    const specific = 1 / Math.max(1, e.mentions.length);
    // True/false by swapping the name for another the article uses (a lexicon name would be obviously
    // false); which version is shown is seeded.
    const swap = ds.length >= 2 && standalone(s) && !topic ? entityDistractors(ctx.ents, e, form, [s.text], 1, false)[0] : undefined;
    if (swap) {
      const truth = hash(s.text + m.text) % 2 === 0;
      const statement = truth ? s.text : ctx.doc.text.slice(s.start, m.start) + swap + ctx.doc.text.slice(m.end, s.end);
      out.push({
        body: {
          type: "truefalse",
          prompt: `True or false? ${statement}`,
          answer: truth,
          explanation: explain([s], truth ? "So the statement is true." : `It was ${m.text}, not ${swap}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 1,
        },
        score: 2.1,
        family: "truefalse",
        sentences: [s.index],
        facts: [`entity:${e.id}`],
        key: [String(truth)],
        distractors: [],
      });
    }
    if (ds.length >= 2) {
      const { options: opts, answer } = options(m.text, ds, s.text + m.start);
      out.push({
        body: {
          type: "single",
          prompt: `Which ${kindWord} completes this sentence from the article? ${prompt0}`,
          options: opts,
          answer,
          explanation: explain([s], `The missing ${kindWord} is ${m.text}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 2,
        },
        // "he told Le Nouvel Observateur": where a quote was published is trivia.
        score: 2.3 + 0.4 * specific - (topic ? 1.5 : 0) - (s.quoted ? 0.2 : 0) - (/^(told|to|in)$/.test(t[m.first - 1]?.lower ?? "") && e.kind === "org" ? 1 : 0),
        sentences: [s.index],
        // The speaker of a quotation is an attribution fact, asked once.
        facts: [`entity:${e.id}`, ...(nearQuote(ctx.doc, m) ? [`speaker:${e.id}`] : []), ...roleFacts(ctx, e.id, [s.index])],
        key: [m.text],
        distractors: ds,
      });
    } else if ((e.kind === "other" || e.kind === "org") && m.text.split(" ").length <= 3 && !/^[A-Z]{2,3}$/.test(m.text) &&
      e.mentions.length >= 2) {
      // A name the article uses once, on its own, is trivia; one it returns to is worth a typed answer.
      out.push({
        body: {
          type: "blank",
          prompt: `Fill in the gap with the name used in the article: ${prompt0.replace(BLANK, "___")}`,
          answer: [[...new Set([m.text, e.name])]],
          explanation: explain([s], `The missing name is ${m.text}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 3,
        },
        score: 1.9 + 0.3 * specific - (topic ? 1.5 : 0),
        sentences: [s.index],
        facts: [`entity:${e.id}`],
        key: [m.text],
        distractors: [],
      });
    }
  }
  return out;
}

const MONTH_NAMES = [...MONTHS].map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Months ("since September"): single choice among nearby months, the article's own first. */
function months(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.doc.tokens;
  const inArticle = new Set(t.filter((x) => MONTH_NAMES.includes(x.text)).map((x) => x.text));
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const mi = MONTH_NAMES.indexOf(tok.text);
    if (mi < 0 || (tok.text === "May" && !/^\d/.test(t[i + 1]?.text ?? "") && !/^(in|since|until|by|of|last|next|early|late|mid)$/i.test(t[i - 1]?.text ?? ""))) continue;
    const s = ctx.doc.sentences[ctx.doc.sentenceOf[i]!];
    if (!s || !okSentence(s)) continue;
    const near = [1, -1, 2, -2, 3, -4].map((d) => MONTH_NAMES[(mi + d + 12) % 12]!);
    const pool = [...near.filter((m) => inArticle.has(m)), ...near].filter((m) => !s.text.includes(m));
    const ds = [...new Set(pool)].slice(0, 3);
    const { options: opts, answer } = options(tok.text, ds, s.text + tok.start);
    out.push({
      body: {
        type: "single",
        prompt: `Which month completes this sentence from the article? ${blankOut(ctx.doc, s, tok.start, tok.end)}`,
        options: opts,
        answer,
        explanation: explain([s], `The month is ${tok.text}.`),
        evidence: [spanOf(s)],
        skill: "detail",
        difficulty: 2,
      },
      // A month in a sentence-opening adverbial ("Since August, when …") frames the sentence
      // rather than stating its news.
      score: 2.4 - (/^"?(Since|In|By|From|Until|After|Before|Early|Late|Last|By)\b/.test(s.text) && tok.start - s.start < 16 ? 0.5 : 0),
      sentences: [s.index],
      facts: [`month:${s.index}`],
      key: [tok.text],
      distractors: ds,
    });
  }
  return out;
}

/**
 * Timeline: events the article dates with a year, put in order. An event is an intact sentence with
 * one year whose date phrase can be cut out cleanly ("He led the ANC to victory … in 1994").
 */
function timeline(ctx: Ctx): Candidate[] {
  const events: { s: Sentence; year: number; text: string }[] = [];
  for (const s of ctx.doc.sentences) {
    if (!okSentence(s, 30) || s.quoted || s.text.includes('"')) continue;
    const qs = ctx.ents.quantities.filter((q) => q.sentence === s.index);
    const ys = qs.filter((q) => q.kind === "year");
    if (ys.length !== 1 || /^"?(It|This|That|They|These|Those|But|And|So)\b/.test(s.text)) continue;
    const y = ys[0]!;
    const date = new RegExp(`,?\\s*\\b(?:in|on|by|since|during|from)\\s+(?:(?:early|late|mid-?)\\s*)?(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\s+)?${y.value}\\b,?`);
    const m = date.exec(s.text);
    if (!m || /^since$/i.test(m[0].trim().split(/\s+/)[0]!)) continue;
    let text = (s.text.slice(0, m.index) + (m.index > 0 && /,$/.test(m[0]) && /^,/.test(m[0]) ? "," : "") + s.text.slice(m.index + m[0].length)).replace(/\s+([,.])/g, "$1").replace(/^[,\s]+/, "").trim();
    // Sequence words ("Finally, …") would give the order away.
    text = text.replace(/\.$/, "").replace(/^(Finally|Then|Later|Eventually|Afterwards|First|Firstly|Secondly|Thirdly|Meanwhile|Subsequently|Next),\s*/i, "");
    if (words(text) < 5 || words(text) > 24 || /\b(1[0-9]{3}|20[0-9]{2})\b/.test(text)) continue;
    text = text[0]!.toUpperCase() + text.slice(1);
    if (events.some((e) => e.year === y.value)) continue;
    events.push({ s, year: y.value, text });
  }
  if (events.length < 3) return [];
  // Spread across the article: up to four events, first and last kept.
  const pick = events.length <= 4 ? events : [events[0]!, events[Math.floor(events.length / 3)]!, events[Math.floor((2 * events.length) / 3)]!, events.at(-1)!];
  const chrono = pick.slice().sort((a, b) => a.year - b.year);
  const items = shuffle(chrono.map((e, i) => ({ id: `e${i + 1}`, text: e.text })), chrono.map((e) => e.text).join("|"));
  const bySentence = pick.slice().sort((a, b) => a.s.index - b.s.index);
  return [{
    body: {
      type: "ordering",
      prompt: "Put these events from the article in the order they happened, earliest first.",
      items,
      answer: chrono.map((_, i) => `e${i + 1}`),
      explanation: `The article dates them: ${chrono.map((e) => `${e.year} — ${e.text}`).join("; ")}.`.slice(0, 1990),
      evidence: bySentence.map((e) => spanOf(e.s)),
      skill: "sequence",
      difficulty: 3,
    },
    score: 3.3,
    sentences: bySentence.map((e) => e.s.index),
    facts: chrono.map((e) => `year:${e.year}`),
    key: chrono.map((e) => e.text),
    distractors: [],
  }];
}

/** "Which place does the article describe as 'the largest town in …'?" */
function placeDescriptions(ctx: Ctx): Candidate[] {
  return ctx.rel.places.flatMap((p) => {
    const s = ctx.doc.sentences[p.sentence]!;
    if (!okSentence(s, 60)) return [];
    if (p.place.forms.some((f) => p.description.toLowerCase().includes(f)) || ctx.topic.has(p.place.id)) return [];
    const ds = entityDistractors(ctx.ents, p.place, "full", [p.description], 3);
    if (ds.length < 2) return [];
    const { options: opts, answer } = options(p.place.name, ds, p.description);
    return [{
      body: {
        type: "single" as const,
        prompt: `Which place does the article describe as "${lowerFirst(p.description)}"?`,
        options: opts,
        answer,
        explanation: explain([s], `${p.place.name} is ${lowerFirst(p.description)}.`),
        evidence: [spanOf(s)],
        skill: "detail" as Skill,
        difficulty: 2,
      },
      score: 3,
      sentences: [s.index],
      facts: [`entity:${p.place.id}`],
      key: [p.place.name],
      distractors: ds,
    }];
  });
}

export function buildCandidates(doc: Doc, ents: Entities, rel: Relations): Candidate[] {
  // The article's topic: names that take up a large share of all mentions are not worth a gap.
  const total = ents.mentions.length || 1;
  const top = Math.max(0, ...ents.entities.map((e) => e.mentions.length));
  const topic = new Set(ents.entities.filter((e) => e.mentions.length >= 3 && (e.mentions.length === top || e.mentions.length / total >= 0.1)).map((e) => e.id));
  const years = [...new Set(ents.quantities.filter((q) => q.kind === "year").map((q) => q.value))];
  const ctx: Ctx = { doc, ents, rel, topic, years };
  const fam = (name: string, cs: Candidate[]) => cs.map((c) => ({ ...c, family: c.family ?? name }));
  const all = [
    ...fam("attribution", attribution(ctx)), ...fam("role", roles(ctx)), ...fam("naming", namings(ctx)),
    ...fam("list", lists(ctx)), ...fam("scale", scales(ctx)), ...fam("number", numbers(ctx)),
    ...fam("date", months(ctx)), ...fam("name", names(ctx)), ...fam("place", placeDescriptions(ctx)),
    ...fam("ordering", timeline(ctx)),
  ];
  // A gap-fill in a sentence that opens with "It"/"This" lacks its subject: less fair to ask.
  for (const c of all) {
    const s0 = doc.sentences[c.sentences[0]!];
    if (c.sentences.length === 1 && s0 && /^"?(It|This|That|These|Those)\b/.test(s0.text) && c.family !== "attribution") c.score -= 0.5;
  }
  // Items of an announced enumeration are what the passage is organised around: worth more, and
  // one question per item.
  rel.enumerations.forEach((en, k) => {
    en.items.forEach((item, j) => {
      for (const c of all) {
        if (c.sentences.length === 1 && item.includes(c.sentences[0]!)) {
          c.score += 0.8;
          void k; void j;
        }
      }
    });
  });
  return all;
}
