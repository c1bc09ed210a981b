/** Who said a quotation, with the article's other speakers as options. */
import type { Sentence } from "../sentences";
import { pickBalanced } from "../distractors";
import { words, spanOf, explain, options, type Candidate, type Ctx, type Family, roleFacts, otherSpeakers } from "./construct";

/** Who said it: the speaker among other people of the article. */
function build(ctx: Ctx): Candidate[] {
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
    const pool = otherSpeakers(ctx, q.speaker, "person", speakers, low);
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

export const family: Family = { name: "attribution", cap: 0.25, min: 1, build };
