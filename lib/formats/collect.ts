/**
 * Turning what a file held into our questions: ids made valid and unique, each question checked
 * against the quiz schema on its own (a bad one is skipped with its original text, the rest are
 * kept), and the Readcheck facts other formats have no field for carried as tags.
 */
import { questionSchema, SKILLS, type Question, type Skill, type Span } from "@/lib/quiz/schema";
import type { Skipped } from "./types";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Tags that carry skill, difficulty, points and evidence spans through GIFT and Moodle XML, which
 * have no field for them ("rc-skill-detail", "rc-evidence-120-188"). Other systems keep them as
 * ordinary question tags.
 */
export function metaTags(q: Pick<Question, "skill" | "difficulty" | "points" | "evidence">, { points = true } = {}): string[] {
  return [
    `rc-skill-${q.skill}`,
    `rc-difficulty-${q.difficulty}`,
    ...(points ? [`rc-points-${q.points}`] : []),
    ...q.evidence.map((s) => `rc-evidence-${s.start}-${s.end}`),
  ];
}

export type Meta = { skill?: Skill; difficulty?: number; points?: number; evidence: Span[]; other: string[] };

export function readMetaTags(tags: readonly string[]): Meta {
  const meta: Meta = { evidence: [], other: [] };
  for (const tag of tags) {
    const t = tag.trim();
    let m: RegExpExecArray | null;
    if ((m = /^rc-skill-([a-z-]+)$/.exec(t)) && (SKILLS as readonly string[]).includes(m[1]!)) meta.skill = m[1] as Skill;
    else if ((m = /^rc-difficulty-([123])$/.exec(t))) meta.difficulty = Number(m[1]);
    else if ((m = /^rc-points-(\d+(?:\.\d+)?)$/.exec(t))) meta.points = Number(m[1]);
    else if ((m = /^rc-evidence-(\d{1,7})-(\d{1,7})$/.exec(t)) && Number(m[2]) > Number(m[1])) meta.evidence.push({ start: Number(m[1]), end: Number(m[2]) });
    else if (t) meta.other.push(t);
  }
  return meta;
}

/** A question being assembled from a file; the collector fills what the file did not say. */
export type Draft = Record<string, unknown> & { type: string };

const PLACEHOLDER_EVIDENCE = [{ start: 0, end: 1 }];
const PLACEHOLDER_EXPLANATION = "(to be written)";

export class QuestionCollector {
  readonly questions: Question[] = [];
  readonly skipped: Skipped[] = [];
  readonly notes: string[] = [];
  private index = 0;
  private readonly taken = new Set<string>();

  /** Validates one question; keeps it, or records it as skipped with why. */
  add(draft: Draft, { name, original, id }: { name?: string; original: string; id?: string }): Question | null {
    const index = this.index++;
    const withDefaults: Record<string, unknown> = { points: 1, skill: "detail", difficulty: 2, evidence: [], ...draft, id: this.idFor(id ?? name, index) };
    // Evidence and explanations are missing from most formats; the editor asks for them before
    // saving. Everything else must hold now.
    const evidence = Array.isArray(withDefaults.evidence) ? (withDefaults.evidence as Span[]) : [];
    const explained = typeof withDefaults.explanation === "string" && withDefaults.explanation.trim() !== "";
    const parsed = questionSchema.safeParse({
      ...withDefaults,
      evidence: evidence.length ? evidence : PLACEHOLDER_EVIDENCE,
      explanation: explained ? withDefaults.explanation : PLACEHOLDER_EXPLANATION,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      this.skipped.push({ index, name, reason: `Not a valid ${draft.type} question (${where}${issue.message}).`, original: clip(original) });
      return null;
    }
    const question = { ...parsed.data, evidence: evidence.length ? parsed.data.evidence : [], explanation: explained ? parsed.data.explanation : "" } as Question;
    this.taken.add(question.id);
    this.questions.push(question);
    return question;
  }

  skip({ name, original, reason }: { name?: string; original: string; reason: string }) {
    this.skipped.push({ index: this.index++, name, reason, original: clip(original) });
  }

  note(message: string) {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  private idFor(wanted: string | undefined, index: number): string {
    const candidates = [wanted?.trim(), slug(wanted ?? "")].filter((c): c is string => !!c && ID.test(c));
    const free = candidates.find((c) => !this.taken.has(c));
    if (free) return free;
    for (let n = index + 1; ; n++) if (!this.taken.has(`q${n}`)) return `q${n}`;
  }
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);

/** The original text kept in a report: enough to recognise and re-create the question. */
const clip = (s: string) => (s.length > 4000 ? `${s.slice(0, 4000)}…` : s);
