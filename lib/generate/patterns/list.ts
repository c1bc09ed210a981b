/** A list of names of one kind, as one multiple-select question. */
import { lexTag } from "../lexicon";
import { entityDistractors, pickBalanced, shuffle } from "../distractors";
import { OPTION_IDS, spanOf, blankOut, explain, options, okSentence, type Candidate, type Ctx, type Family, KIND_NOUN } from "./construct";

/** Multiple select over a list of names of one kind ("Nigeria, Niger, … and Benin"). */
function build(ctx: Ctx): Candidate[] {
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


export const family: Family = { name: "list", cap: 0.3, min: 2, build };
