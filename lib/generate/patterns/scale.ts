/** A level on a scale ("one grade down from the highest"). */
import type { Skill } from "../../quiz/schema";
import { COLOURS } from "../lexicon";
import { norm, pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { words, spanOf, blankOut, explain, options, type Candidate, type Ctx, type Family } from "./construct";

/** "to ___, one grade down from the highest level, scarlet": the level, among the scale's other words. */
function build(ctx: Ctx): Candidate[] {
  return ctx.rel.scales.flatMap((sc) => {
    const s = ctx.doc.sentences[sc.sentence]!;
    const isColour = COLOURS.some((c) => sc.value.endsWith(c));
    // The stem names the top of the scale, so the top is no real choice: the other levels are.
    const pool = isColour ? [...COLOURS.filter((c) => ctx.doc.text.toLowerCase().includes(` ${c}`)), ...COLOURS] : [];
    const ds2 = pickBalanced(sc.value, pool.filter((p) => norm(p) !== norm(sc.value) && norm(p) !== norm(sc.top)), 3).filter((d) => !sc.value.includes(d) && !d.includes(sc.value));
    if (ds2.length < 2) return [];
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
      score: SCORES.scale,
      sentences: [s.index],
      facts: [`scale:${sc.sentence}`],
      key: [sc.value],
      distractors: ds2,
    }];
  });
}

export const family: Family = { name: "scale", cap: 0.3, min: 2, build };
