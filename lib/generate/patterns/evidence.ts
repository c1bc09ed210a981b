/**
 * Evidence (★): the student selects the sentence(s) of the article that support an answer
 * (`type: "evidence"`, docs/quiz-format.md), and the paired "Part B" form — a single choice among
 * article sentences. Claims come from the relations other families find: a stated cause, an
 * announced enumeration, who a person is. (A claim restated from its own
 * sentence, "supports this statement: <its main clause>", is circular and not made.)
 */
import type { Sentence } from "../sentences";
import { TEMPLATES } from "../lang/en";
import { SCORES } from "../scores";
import { explain, lowerStart, okSentence, spanOf, words, singleChoice, type Candidate, type Ctx, type Family } from "./construct";
import { causesOf } from "./cause-effect";
import { embeddedWithout } from "./wh";
import { yearPhrase } from "./number";
import { placePhrase } from "./name";
import { overlap } from "./central-idea";

const plain = (s: Sentence) => s.text.replace(/\s+/g, " ").trim();

function evidenceQuestion(prompt: string, key: Sentence[], explanation: string, score: number, facts: string[]): Candidate {
  return {
    body: { type: "evidence", prompt, answer: key.map(spanOf), maxSelect: key.length, explanation: explanation.slice(0, 1990), evidence: key.map(spanOf), skill: "inference", difficulty: 2 },
    score,
    sentences: key.map((s) => s.index),
    facts,
    key: key.map(plain),
    distractors: [],
  };
}

/** A choice among article sentences: the sentences offered are shown whole, so no other question may ask about them. */
function partB(a: Parameters<typeof singleChoice>[0] & { shown: Sentence[] }): Candidate {
  return { ...singleChoice(a), shows: a.shown.map((s) => s.index) };
}

/** Sentences near the key that a careless reader could take for support: same or next paragraph, sharing words. */
function nearby(ctx: Ctx, key: Sentence, claim: string, n: number): Sentence[] {
  return ctx.doc.sentences
    .filter((s) => s.index !== key.index && !s.broken && Math.abs(s.para - key.para) <= 2 && words(s.text) >= 6 && words(s.text) <= 45)
    .sort((a, b) => overlap(claim, b.text) - overlap(claim, a.text) || Math.abs(a.index - key.index) - Math.abs(b.index - key.index))
    .filter((s) => overlap(claim, s.text) < 0.6)
    .slice(0, n);
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  for (const c of causesOf(ctx)) {
    const s = doc.sentences[c.sentence]!;
    if (c.connective.includes("led") || /^(caused|resulted|prompted|triggered|sparked|has )/.test(c.connective)) continue;
    const claim = lowerStart(c.named, doc.text);
    out.push(evidenceQuestion(
      `Select the sentence in the article that explains why ${claim}.`,
      [s], explain([s], "This sentence gives the reason."), SCORES.evidence, [`cause:${c.sentence}`],
    ));
    const ds = nearby(ctx, s, c.effect + " " + c.cause, 3);
    if (ds.length === 3) {
      out.push(partB({
        prompt: `Which sentence from the article best explains why ${claim}?`,
        key: plain(s), distractors: ds.map(plain), seed: s.text + "B", evidence: [s],
        explanation: explain([s], "Only this sentence gives the reason; the others are nearby details."),
        skill: "inference", difficulty: 3, score: SCORES.partB, facts: [`cause:${c.sentence}`], family: "evidence", shown: ds,
      }));
    }
  }
  // An announced enumeration ("three sources"): select the sentences that give its items.
  for (const en of ctx.rel.enumerations) {
    const announce = doc.sentences[en.announce]!;
    const leads = en.items.map((it) => doc.sentences[it[0]!]!).filter((s) => !s.broken);
    if (leads.length !== en.count) continue;
    out.push(evidenceQuestion(
      `The article says: "${announce.text.replace(/"/g, "'")}" Select the ${en.count} sentences that introduce them.`,
      leads, explain(leads, `Each of these introduces one of the ${en.count} ${en.noun}.`), SCORES.evidence + 0.3, [`enumeration:${en.announce}`],
    ));
  }
  // Who a person is: the sentence that describes them.
  const described = new Set<number>();
  for (const r of ctx.rel.roles) {
    const s = doc.sentences[r.sentence]!;
    // A description inside someone's words ("Shakespeare, the man of Stratford," in a quotation) is their view, not who the person is.
    if (described.has(r.person.id) || s.broken || s.quoted || !r.person.name.includes(" ")) continue;
    described.add(r.person.id);
    // Described in a second sentence too: either would be right, and the question keys one.
    if (ctx.rel.roles.some((o) => o.person.id === r.person.id && o.sentence !== r.sentence)) continue;
    out.push(evidenceQuestion(
      `Select the sentence in the article that tells who ${r.person.name} is.`,
      [s], explain([s], `${r.person.name} is ${r.role}.`), SCORES.evidence - 0.5, [`role:${r.person.id}`],
    ));
  }
  // Where and when: "Select the sentence in the article that tells in which year the bridge was
  // opened" — the question in the reader's words (wh.ts), answered by pointing at the sentence.
  for (const q of ctx.ents.quantities) {
    const s = doc.sentences[q.sentence]!;
    if (q.kind !== "year" || !okSentence(s)) continue;
    const p = yearPhrase(ctx, s, q, ctx.ents.quantities.filter((o) => o.sentence === q.sentence && o !== q));
    const tells = p && embeddedWithout(ctx, s, p.first, q.last, p.wh);
    if (tells) out.push(evidenceQuestion(`Select the sentence in the article that tells ${tells}.`, [s], explain([s], `The year is ${q.value}.`), SCORES.evidence - 0.8, [`year:${q.value}`]));
  }
  for (const m of ctx.ents.mentions) {
    const s = doc.sentences[m.sentence]!;
    const e = ctx.ents.entities[m.entity]!;
    if (e.kind !== "place" || ctx.topic.has(e.id) || !okSentence(s) || !placePhrase(ctx, m)) continue;
    const tells = embeddedWithout(ctx, s, m.first - 1, m.last, "Where");
    if (tells) out.push(evidenceQuestion(`Select the sentence in the article that tells ${tells}.`, [s], explain([s], `The place is ${m.text}.`), SCORES.evidence - 0.9, [`entity:${e.id}`]));
  }
  // No "select the sentence that states the paragraph's point": two independent judges found its
  // key wrong or indefensible every time (0 of 7), a paragraph of news rarely has one such sentence.
  void TEMPLATES;
  return out;
}

export const family: Family = { name: "evidence", cap: 0.3, min: 1, build };
