/** What a thing is called ("has been given the code name …"). */
import type { Skill } from "../../quiz/schema";
import { norm } from "../distractors";
import { spanOf, explain, lowerFirst, type Candidate, type Ctx, type Family } from "./construct";

/** "What code name has the operation been given?" — a Wh-question where the sentence says what X is called. */
function build(ctx: Ctx): Candidate[] {
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

export const family: Family = { name: "naming", cap: 0.3, min: 2, build };
