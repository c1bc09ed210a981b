/** Timeline: dated events put in order. */
import type { Sentence } from "../sentences";
import { shuffle } from "../distractors";
import { words, spanOf, okSentence, type Candidate, type Ctx, type Family } from "./construct";

/**
 * Timeline: events the article dates with a year, put in order. An event is an intact sentence with
 * one year whose date phrase can be cut out cleanly ("He led the party to victory … in 1994").
 */
function build(ctx: Ctx): Candidate[] {
  const events: { s: Sentence; year: number; text: string }[] = [];
  for (const s of ctx.doc.sentences) {
    if (!okSentence(s, 30) || s.quoted || s.speech) continue;
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

export const family: Family = { name: "sequence", cap: 0.3, min: 1, build };
