/** Which place the article describes as …. */
import type { Skill } from "../../quiz/schema";
import { entityDistractors } from "../distractors";
import { spanOf, explain, options, okSentence, lowerFirst, type Candidate, type Ctx, type Family } from "./construct";

/** "Which place does the article describe as 'the largest town in …'?" */
function build(ctx: Ctx): Candidate[] {
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

export const family: Family = { name: "place", cap: 0.3, min: 2, build };
