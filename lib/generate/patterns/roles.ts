/** People and the way the article describes them: matching, and single "who is described as". */
import type { Relations } from "../relations";
import { norm, pickBalanced, poolOf, shuffle } from "../distractors";
import { words, spanOf, explain, options, okSentence, lowerFirst, type Candidate, type Ctx, type Family } from "./construct";

/** Who is who: a matching question over people and their descriptions, and single ones per role. */
function build(ctx: Ctx): Candidate[] {
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

export const family: Family = { name: "role", cap: 0.3, min: 2, build };
