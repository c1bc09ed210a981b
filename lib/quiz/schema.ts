/**
 * The quiz model: what a quiz file in `quizzes/` holds, what the generator emits, and what the
 * database stores. Pure zod, no I/O — the same schemas validate files, API bodies and drafts.
 *
 * The format is documented for people in docs/quiz-format.md; keep the two in step.
 */
import { z } from "zod";

export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "numeric",
  "short",
  "blank",
  "ordering",
  "matching",
  "evidence",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SKILLS = [
  "detail",
  "attribution",
  "number",
  "sequence",
  "vocabulary",
  "main-idea",
  "inference",
  "cause-effect",
] as const;
export type Skill = (typeof SKILLS)[number];

/** A blank in a fill-in-the-blank prompt is written as three or more underscores. */
export const BLANK_PATTERN = /_{3,}/g;
export const countBlanks = (prompt: string) => prompt.match(BLANK_PATTERN)?.length ?? 0;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, '-' and '_' only");
const text = (max: number) => z.string().trim().min(1).max(max);

export const choiceSchema = z.object({ id, text: text(500) });
export type Choice = z.infer<typeof choiceSchema>;

/** Half-open character range [start, end) into the article's text. */
export const spanSchema = z
  .object({ start: z.int().min(0), end: z.int().min(1) })
  .refine((s) => s.end > s.start, { message: "end must be after start" });
export type Span = z.infer<typeof spanSchema>;

const commonFields = {
  id,
  prompt: text(1000),
  points: z.number().positive().max(100).default(1),
  explanation: text(2000),
  evidence: z.array(spanSchema).min(1).max(6),
  skill: z.enum(SKILLS).default("detail"),
  difficulty: z.int().min(1).max(3).default(2),
};

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
const choices = (min: number, max: number) =>
  z.array(choiceSchema).min(min).max(max).refine(uniqueIds, "choice ids must be unique");

export const singleQuestionSchema = z
  .object({ ...commonFields, type: z.literal("single"), options: choices(2, 8), answer: id })
  .refine((q) => q.options.some((o) => o.id === q.answer), {
    message: "answer must be one of the option ids",
    path: ["answer"],
  });

export const multipleQuestionSchema = z
  .object({
    ...commonFields,
    type: z.literal("multiple"),
    options: choices(3, 10),
    answer: z.array(id).min(1),
  })
  .refine((q) => q.answer.every((a) => q.options.some((o) => o.id === a)), {
    message: "every answer must be one of the option ids",
    path: ["answer"],
  })
  .refine((q) => new Set(q.answer).size === q.answer.length, {
    message: "answer ids must be unique",
    path: ["answer"],
  });

export const trueFalseQuestionSchema = z.object({
  ...commonFields,
  type: z.literal("truefalse"),
  answer: z.boolean(),
});

export const numericQuestionSchema = z.object({
  ...commonFields,
  type: z.literal("numeric"),
  answer: z.number().finite(),
  /** Absolute tolerance: a response within answer ± tolerance is correct. */
  tolerance: z.number().min(0).default(0),
  /** The unit shown beside the input, e.g. "miles". A response may repeat it ("420 miles"). */
  unit: z.string().trim().max(40).optional(),
  /** Other spellings of the unit a response may carry ("mile", "mi"). */
  unitAliases: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
});

export const shortQuestionSchema = z.object({
  ...commonFields,
  type: z.literal("short"),
  /** Accepted answers; the first is the one shown as expected. */
  answer: z.array(text(200)).min(1).max(20),
});

export const blankQuestionSchema = z
  .object({
    ...commonFields,
    type: z.literal("blank"),
    /** Accepted answers for each blank, in the order the blanks appear in the prompt. */
    answer: z.array(z.array(text(200)).min(1).max(20)).min(1).max(10),
  })
  .refine((q) => countBlanks(q.prompt) === q.answer.length, {
    message: "the prompt must hold one ___ for each entry of answer",
    path: ["answer"],
  });

export const orderingQuestionSchema = z
  .object({
    ...commonFields,
    type: z.literal("ordering"),
    items: choices(3, 10),
    /** Item ids in the correct order. */
    answer: z.array(id),
  })
  .refine(
    (q) =>
      q.answer.length === q.items.length &&
      new Set(q.answer).size === q.answer.length &&
      q.answer.every((a) => q.items.some((i) => i.id === a)),
    { message: "answer must list every item id exactly once", path: ["answer"] },
  );

export const matchingQuestionSchema = z
  .object({
    ...commonFields,
    type: z.literal("matching"),
    left: choices(2, 10),
    /** May hold more entries than `left`: the extras are distractors. */
    right: choices(2, 12),
    /** left id → right id. */
    answer: z.record(id, id),
  })
  .refine((q) => q.right.length >= q.left.length, {
    message: "right needs at least as many entries as left",
    path: ["right"],
  })
  .refine(
    (q) =>
      q.left.every((l) => q.answer[l.id] !== undefined) &&
      Object.keys(q.answer).length === q.left.length &&
      Object.values(q.answer).every((r) => q.right.some((x) => x.id === r)),
    { message: "answer must map every left id to a right id", path: ["answer"] },
  );

/**
 * The student selects the sentence(s) of the article that support an answer; graded against
 * `answer` (whole-sentence spans). Contract shared with the evidence-type work (grading and UI);
 * `evidence` holds the same spans, for review highlighting.
 */
export const evidenceQuestionSchema = z.object({
  ...commonFields,
  type: z.literal("evidence"),
  answer: z.array(spanSchema).min(1).max(4),
  /** How many sentences the student may select (default: answer.length). */
  maxSelect: z.int().min(1).max(6).optional(),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  shortQuestionSchema,
  blankQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  evidenceQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const articleSchema = z.object({
  title: text(300),
  source: text(300).optional(),
  url: z.url().optional(),
  /** ISO date (YYYY-MM-DD) of publication. */
  publishedOn: z.iso.date().optional(),
  /** Cleaned article text; paragraphs separated by a blank line. Evidence offsets point into it. */
  text: text(400_000),
  license: text(300).optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const quizFileSchema = z
  .object({
    $schema: z.string().optional(),
    slug: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by '-'"),
    title: text(200),
    description: z.string().trim().max(1000).optional(),
    article: articleSchema,
    questions: z.array(questionSchema).min(1).max(100),
    /** Free-form provenance: generator version, reviewer changes. Not shown to students. */
    review: z.string().trim().max(5000).optional(),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: "custom", message: `duplicate question id "${q.id}"`, path: ["questions", i, "id"] });
      }
      seen.add(q.id);
      q.evidence.forEach((span, j) => {
        if (span.end > quiz.article.text.length) {
          ctx.addIssue({
            code: "custom",
            message: `evidence [${span.start}, ${span.end}) runs past the article's ${quiz.article.text.length} characters`,
            path: ["questions", i, "evidence", j],
          });
        }
      });
    });
  });
export type QuizFile = z.infer<typeof quizFileSchema>;
export type QuizFileInput = z.input<typeof quizFileSchema>;

/**
 * What a student may send for each question type. Numeric answers may be text so that
 * "420 miles" or "6,000" reach the grader as typed.
 */
export const responseSchemas = {
  single: id,
  multiple: z.array(id).max(20),
  truefalse: z.boolean(),
  numeric: z.union([z.number().finite(), z.string().max(100)]),
  short: z.string().max(500),
  blank: z.array(z.string().max(500)).max(10),
  ordering: z.array(id).max(20),
  matching: z.record(id, id),
  evidence: z.array(spanSchema).max(6),
} satisfies Record<QuestionType, z.ZodType>;

export type ResponseFor<T extends QuestionType> = z.infer<(typeof responseSchemas)[T]>;
export type AnyResponse = ResponseFor<QuestionType>;

/** A map of question id → raw (not yet type-checked) answer, as the API receives it. */
export const responsesBodySchema = z.record(id, z.unknown()).refine((r) => Object.keys(r).length <= 200, {
  message: "too many responses",
});
