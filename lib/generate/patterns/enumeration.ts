/**
 * An announced enumeration ("three sources … The second … The third …") as ONE question on the whole
 * list: a multiple select whose right options are the items, each the most informative clause of its
 * passage with its ordinal marker removed ("The second consignment" would give the answer away),
 * and whose wrong options are clauses of the same length from other paragraphs.
 */
import type { Sentence } from "../sentences";
import { shuffle } from "../distractors";
import { SCORES } from "../scores";
import { OPTION_IDS, explain, spanOf, words, type Candidate, type Ctx, type Family } from "./construct";
import { overlap, statementLike } from "./central-idea";

const ORDINAL = /^"?(?:(?:The|A|Its|Their) (?:first|second|third|fourth|fifth|final|last) (\w+)(?: of \w+)?|(?:First|Second|Third|Fourth|Fifth)(?:ly)?,?|Finally,?)\s*/i;
/** "The second consignment of arms was captured when …" → "Arms captured when …": the item without its ordinal, still a phrase. */
const PASSIVE_ORDINAL = /^"?(?:The|A|Its|Their) (?:first|second|third|fourth|fifth|final|last) \w+ of (?:the |their |its )?(\w+) (?:was|were) (\w+(?:ed|en|t))\b\s*/i;
const clauses = (text: string) => text.replace(/"/g, "").split(/(?<=[;:])\s+|,\s+(?=(?:he|she|they) said)|\.\s+|(?<=\w),\s(?=[a-z]+ing\b|along with|including|where|which|who)/).map((c) => c.trim().replace(/[.,;:]$/, ""));

/** The clause of an item that says most: names and numbers count, then length up to 16 words. */
function itemPhrase(ctx: Ctx, item: number[]): { text: string; s: Sentence } | undefined {
  let best: { text: string; s: Sentence; v: number } | undefined;
  for (const i of item) {
    const s = ctx.doc.sentences[i];
    if (!s || s.broken) continue;
    for (const c0 of clauses(s.text)) {
      let c = c0.replace(PASSIVE_ORDINAL, (_, noun: string, verb: string) => `${noun[0]!.toUpperCase()}${noun.slice(1)} ${verb} `).replace(ORDINAL, (m, noun: string | undefined) => (noun ? `${noun[0]!.toUpperCase()}${noun.slice(1)} ` : ""));
      c = c.replace(/,? (?:he|she|they) (?:said|says|added)$/, "");
      // "Since the spring, when the council agreed, pupils raised …": the item is what follows the frame.
      const framed = /^(?:Since|When|After|Before|During|In|On|At) [^,]+,(?: when [^,]+,)?\s*(.+)$/.exec(c);
      if (framed && words(framed[1]!) >= 5) c = framed[1]!;
      const n = words(c);
      if (n < 5) continue;
      if (n > 16) c = c.split(/\s+/).slice(0, 14).join(" ") + "…";
      const caps = (c.slice(1).match(/\b[A-Z][a-z]+/g) ?? []).length;
      const v = caps * 1.5 + (/\d/.test(c) ? 1 : 0) + Math.min(n, 14) / 14 - (/^(These|This|They|It|But)\b/.test(c) ? 2 : 0) + (i === item[0] ? 1 : 0) - (s.quoted || s.text.startsWith('"') ? 2 : 0) + (/\b(from|on|in|at|by)\b/.test(c) ? 0.5 : 0) + (/^(From|On|In|At|By|Through|Via)\b/.test(c) ? 1 : 0) -
        // A time frame ("Since August, when …") sets the scene; it is not the item.
        (/^(Since|When|As|If|While|Although|After|Before)\b/.test(c) ? 2 : 0);
      if (!best || v > best.v) best = { text: c[0]!.toUpperCase() + c.slice(1), s, v };
    }
  }
  return best;
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const en of ctx.rel.enumerations) {
    const announce = ctx.doc.sentences[en.announce]!;
    const items = en.items.map((it) => itemPhrase(ctx, it));
    if (items.some((x) => !x)) continue;
    const keys = items.map((x) => x!.text);
    const avg = keys.reduce((a, k) => a + words(k), 0) / keys.length;
    const used = new Set(en.items.flat());
    const ds = ctx.doc.sentences
      .filter((s) => statementLike(s) && !used.has(s.index) && s.index !== en.announce && Math.abs(s.para - announce.para) >= 1)
      .map((s) => clauses(s.text)[0]!)
      .filter((c) => words(c) >= avg * 0.6 && words(c) <= avg * 1.6 && keys.every((k) => overlap(c, k) < 0.4))
      .slice(0, 2);
    if (ds.length < 2) continue;
    const all = shuffle([...keys, ...ds], announce.text);
    const opts = all.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
    const evidence = [announce, ...items.map((x) => x!.s)];
    out.push({
      body: {
        type: "multiple",
        prompt: `The article says: "${announce.text.replace(/"/g, "'")}" Which of these are the ${en.count} ${en.noun}? Select all ${en.count}.`,
        options: opts,
        answer: opts.filter((o) => keys.includes(o.text)).map((o) => o.id),
        explanation: explain(evidence, `The ${en.count} ${en.noun} are: ${keys.join("; ")}.`),
        evidence: evidence.map(spanOf),
        skill: "detail",
        difficulty: 3,
      },
      score: SCORES.enumeration,
      sentences: evidence.map((s) => s.index),
      facts: [`enumeration:${en.announce}`],
      key: keys,
      distractors: ds,
    });
  }
  return out;
}

export const family: Family = { name: "enumeration", cap: 0.1, min: 1, build };
