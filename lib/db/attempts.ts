import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { canReview, canSubmitAttempt, type AssignmentRules } from "@/lib/classes/assignment-rules";
import { canViewAttempt, type Actor } from "@/lib/classes/permissions";
import { AppError, type Issue } from "@/lib/errors";
import { gradeQuestion, describeResponse } from "@/lib/quiz/grade";
import { toPublicQuestion } from "@/lib/quiz/public";
import { responseSchemas, type QuestionType, type Span } from "@/lib/quiz/schema";
import type { Db, Tx } from "./types";
import { getLiveQuestionsWithKeys, getQuestionsWithKeys } from "./quizzes";
import { articles, assignments, attempts, classes, quizzes, responses, type AttemptSlot } from "./schema";

type Conn = Db | Tx;

export type QuestionReview = {
  questionId: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  /** The key as a person reads it. */
  expected: string;
  /** The student's answer as a person reads it. */
  given: string;
  answer: unknown;
  explanation: string;
  evidence: (Span & { text: string })[];
};
export type AttemptResult = { score: number; maxScore: number; results: QuestionReview[] };

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Starts an attempt, or returns the student's unfinished one for the same quiz (a partial unique
 * index allows only one, so concurrent starts on different instances converge on one row).
 */
export async function startAttempt({
  db,
  userId,
  quizId,
  assignmentId = null,
  mayCreate,
}: {
  db: Db;
  userId: string;
  quizId: string;
  assignmentId?: string | null;
  /** Throws when a new attempt is not allowed (an assignment's dates or attempt limit). */
  mayCreate?: () => void;
}): Promise<{ id: string; created: boolean }> {
  const open = () =>
    db
      .select({ id: attempts.id })
      .from(attempts)
      .where(
        and(
          eq(attempts.userId, userId),
          eq(attempts.quizId, quizId),
          assignmentId ? eq(attempts.assignmentId, assignmentId) : isNull(attempts.assignmentId),
          eq(attempts.status, "in_progress"),
        ),
      );
  const [existing] = await open();
  if (existing) return { id: existing.id, created: false };
  mayCreate?.();

  const questions = await getLiveQuestionsWithKeys({ db, quizId });
  if (questions.length === 0) throw new AppError("conflict", "This quiz has no questions yet.");
  const id = crypto.randomUUID();
  const slots: AttemptSlot[] = questions.map(({ id: questionId, question }) => ({
    questionId,
    // The view's id is the database id: answers are keyed by it.
    view: { ...toPublicQuestion(question, `${id}:${question.id}`), id: questionId },
  }));
  const inserted = await db
    .insert(attempts)
    .values({ id, userId, quizId, assignmentId, slots })
    .onConflictDoNothing()
    .returning({ id: attempts.id });
  if (inserted.length) return { id, created: true };
  const [winner] = await open();
  if (!winner) throw new AppError("conflict", "Could not start the attempt; try again.");
  return { id: winner.id, created: false };
}

async function getAttemptRow({ db, id }: { db: Conn; id: string }) {
  const [row] = await db
    .select({
      id: attempts.id,
      userId: attempts.userId,
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      articleId: quizzes.articleId,
      assignmentId: attempts.assignmentId,
      status: attempts.status,
      slots: attempts.slots,
      draft: attempts.draft,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      savedAt: attempts.savedAt,
      submittedAt: attempts.submittedAt,
      classTeacherId: classes.teacherId,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      allowLate: assignments.allowLate,
      attemptLimit: assignments.attemptLimit,
      reviewPolicy: assignments.reviewPolicy,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(attempts.id, id));
  return row;
}

type AttemptRow = NonNullable<Awaited<ReturnType<typeof getAttemptRow>>>;

/** The assignment's rules, when the attempt was made for one. */
function rulesOfAttempt(a: AttemptRow): AssignmentRules | null {
  if (!a.assignmentId || !a.reviewPolicy || a.allowLate === null) return null;
  return { opensAt: a.opensAt, dueAt: a.dueAt, allowLate: a.allowLate, attemptLimit: a.attemptLimit, reviewPolicy: a.reviewPolicy };
}

/** The attempt if it belongs to the user; someone else's attempt is indistinguishable from none. */
export async function getAttemptForUser({ db, id, userId }: { db: Conn; id: string; userId: string }) {
  const row = await getAttemptRow({ db, id });
  if (!row || row.userId !== userId) throw new AppError("not_found", "No such attempt.");
  return row;
}

/**
 * Every answer must name a question of this attempt and have that question type's shape
 * (lib/quiz/schema.ts `responseSchemas`); null clears an answer.
 */
function checkAnswers(slots: AttemptSlot[], answers: Record<string, unknown>) {
  const typeOf = new Map(slots.map((s) => [s.questionId, s.view.type as QuestionType]));
  const issues: Issue[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const type = typeOf.get(questionId);
    if (!type) issues.push({ path: `responses.${questionId}`, message: "not a question of this attempt" });
    else if (answer !== null && !responseSchemas[type].safeParse(answer).success)
      issues.push({ path: `responses.${questionId}`, message: `not a valid answer to a ${type} question` });
  }
  if (issues.length) {
    throw new AppError("validation_failed", `Invalid responses: ${issues[0]!.path} — ${issues[0]!.message}`, issues);
  }
}

/** Merges partial answers into the attempt's draft (autosave). Only while in progress. */
export async function saveDraft({
  db,
  id,
  userId,
  answers,
}: {
  db: Db;
  id: string;
  userId: string;
  answers: Record<string, unknown>;
}): Promise<{ savedAt: Date }> {
  const attempt = await getAttemptForUser({ db, id, userId });
  if (attempt.status !== "in_progress") throw new AppError("conflict", "This attempt has been submitted.");
  checkAnswers(attempt.slots, answers);
  const savedAt = new Date();
  const updated = await db
    .update(attempts)
    .set({ draft: sql`${attempts.draft} || ${JSON.stringify(answers)}::jsonb`, savedAt })
    .where(and(eq(attempts.id, id), eq(attempts.status, "in_progress")))
    .returning({ id: attempts.id });
  if (!updated.length) throw new AppError("conflict", "This attempt has been submitted.");
  return { savedAt };
}

/**
 * Grades and records an attempt in one transaction. The row lock makes a second submit — from
 * this instance or another — wait, then find the attempt submitted and return the stored result.
 */
export async function submitAttempt({
  db,
  id,
  userId,
  answers,
}: {
  db: Db;
  id: string;
  userId: string;
  answers: Record<string, unknown>;
}): Promise<AttemptResult & { alreadySubmitted: boolean; reviewAvailable: boolean }> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: attempts.id, status: attempts.status, slots: attempts.slots, draft: attempts.draft })
      .from(attempts)
      .where(and(eq(attempts.id, id), eq(attempts.userId, userId)))
      .for("update");
    if (!locked) throw new AppError("not_found", "No such attempt.");
    const now = new Date();
    const rules = rulesOfAttempt((await getAttemptRow({ db: tx, id }))!);
    // An assignment may hold back the key and explanations (until the due date, or for good).
    const reviewAvailable = !rules || canReview(rules, now);
    if (locked.status === "submitted") {
      return { ...(await loadResult({ db: tx, id, slots: locked.slots })), alreadySubmitted: true, reviewAvailable };
    }
    if (rules) {
      const verdict = canSubmitAttempt(rules, now);
      if (!verdict.ok) throw new AppError("forbidden", verdict.message);
    }
    checkAnswers(locked.slots, answers);
    const final: Record<string, unknown> = { ...locked.draft, ...answers };
    const keyed = await keysOf(tx, locked.slots);
    const rows = locked.slots.map(({ questionId }) => {
      const q = keyed.get(questionId);
      if (!q) throw new Error(`question ${questionId} of attempt ${id} has no key`);
      const grade = gradeQuestion(q.question, final[questionId]);
      return {
        attemptId: id,
        questionId,
        answer: final[questionId] ?? null,
        points: grade.points,
        maxPoints: grade.maxPoints,
        correct: grade.correct,
      };
    });
    await tx.insert(responses).values(rows);
    const score = round(rows.reduce((s, r) => s + r.points, 0));
    const maxScore = round(rows.reduce((s, r) => s + r.maxPoints, 0));
    await tx
      .update(attempts)
      .set({ status: "submitted", submittedAt: now, score, maxScore, draft: final })
      .where(eq(attempts.id, id));
    return { ...(await loadResult({ db: tx, id, slots: locked.slots, keyed })), alreadySubmitted: false, reviewAvailable };
  });
}

type KeyedQuestions = Map<string, Awaited<ReturnType<typeof getQuestionsWithKeys>>[number]>;

const keysOf = async (db: Conn, slots: AttemptSlot[]): Promise<KeyedQuestions> =>
  new Map((await getQuestionsWithKeys({ db, ids: slots.map((s) => s.questionId) })).map((q) => [q.id, q]));

/**
 * The recorded result of a submitted attempt, with explanations and evidence for review.
 * `keyed`: the attempt's questions with their keys, when the caller has already loaded them.
 */
export async function loadResult({
  db,
  id,
  slots,
  keyed,
}: {
  db: Conn;
  id: string;
  slots: AttemptSlot[];
  keyed?: KeyedQuestions;
}): Promise<AttemptResult> {
  const recorded = await db.select().from(responses).where(eq(responses.attemptId, id));
  const byQuestion = new Map(recorded.map((r) => [r.questionId, r]));
  keyed ??= await keysOf(db, slots);
  const [article] = await db
    .select({ text: articles.text })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .where(eq(attempts.id, id));
  const text = article?.text ?? "";
  const results = slots.map(({ questionId }) => {
    const r = byQuestion.get(questionId);
    const q = keyed.get(questionId);
    if (!r || !q) throw new Error(`attempt ${id} lacks a recorded response for ${questionId}`);
    return {
      questionId,
      correct: r.correct,
      points: r.points,
      maxPoints: r.maxPoints,
      expected: gradeQuestion(q.question, undefined).expected,
      given: describeResponse(q.question, r.answer),
      answer: r.answer,
      explanation: q.explanation,
      evidence: q.evidence.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
    };
  });
  return {
    score: round(results.reduce((s, r) => s + r.points, 0)),
    maxScore: round(results.reduce((s, r) => s + r.maxPoints, 0)),
    results,
  };
}

/** The user's attempts, newest first, for the history page. */
export async function listAttemptsForUser({ db, userId }: { db: Conn; userId: string }) {
  return db
    .select({
      id: attempts.id,
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      status: attempts.status,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.startedAt));
}

/**
 * Everything a client needs to show an attempt: the questions as presented and the saved answers
 * while in progress; once submitted, the graded result — with the key, explanations and evidence
 * only when the assignment's review policy allows it (its teacher always sees them).
 * Readable by the attempt's student and by the teacher of the class it was assigned in.
 */
export async function getAttemptView({ db, id, actor, now = new Date() }: { db: Conn; id: string; actor: Actor; now?: Date }) {
  const a = await getAttemptRow({ db, id });
  const teacherOfClass = Boolean(a && actor.role === "teacher" && a.classTeacherId === actor.id);
  if (!a || !canViewAttempt(actor, a, { teacherOfClass })) throw new AppError("not_found", "No such attempt.");
  const rules = rulesOfAttempt(a);
  const reviewable = teacherOfClass || !rules || canReview(rules, now);
  const full = a.status === "submitted" ? await loadResult({ db, id, slots: a.slots }) : undefined;
  const result = full && !reviewable ? redact(full) : full;
  return {
    attempt: {
      id: a.id,
      quizId: a.quizId,
      quizTitle: a.quizTitle,
      articleId: a.articleId,
      assignmentId: a.assignmentId,
      status: a.status,
      score: a.score,
      maxScore: a.maxScore,
      startedAt: a.startedAt.toISOString(),
      savedAt: a.savedAt?.toISOString() ?? null,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      dueAt: a.dueAt?.toISOString() ?? null,
      reviewPolicy: a.reviewPolicy ?? "after_submit",
    },
    /** Whether the one asking is the student who made it (a teacher reading it is not). */
    ownedByViewer: a.userId === actor.id,
    questions: a.slots.map((s) => s.view),
    responses: a.draft,
    ...(result ? { result, reviewAvailable: reviewable } : {}),
  };
}
export type AttemptView = Awaited<ReturnType<typeof getAttemptView>>;

/** A result without what the review policy holds back: the key, explanations and evidence. */
export function redact(result: AttemptResult) {
  return {
    score: result.score,
    maxScore: result.maxScore,
    results: result.results.map(({ questionId, correct, points, maxPoints, given, answer }) => ({
      questionId,
      correct,
      points,
      maxPoints,
      given,
      answer,
    })),
  };
}
