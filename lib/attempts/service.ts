/**
 * The attempt use cases — start, save, check, submit, view — which every caller uses: the quiz
 * page's action, both start routes, autosave, submit, the taking and results pages, the demo
 * seed. Each loads its facts in one statement, applies lib/attempts/policy.ts, and writes in one.
 */
import "server-only";
import { deadlineFor, NO_ACCOMMODATIONS, rulesFor, type Accommodations, type AssignmentRules } from "@/lib/classes/assignment-rules";
import { canViewAttempt, canViewQuiz, type Actor } from "@/lib/classes/permissions";
import {
  findOpenAttempt,
  getAttemptRecord,
  getStartFacts,
  insertAttempt,
  listExpiredAttempts,
  markChecked,
  recordSubmission,
  saveDraftIfOpen,
  type AttemptRecord,
  type StartFacts,
} from "@/lib/db/attempts";
import { getKeyedQuestions } from "@/lib/db/question-keys-cache";
import type { AttemptSlot } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { toPublicQuestion } from "@/lib/quiz/public";
import { questionSchema } from "@/lib/quiz/schema";
import { cardAfterMiss } from "@/lib/review/schedule";
import { answerIssues, buildResult, checkOne, finalAnswers, gradeSlots, keyIdsOf, reviewableAlone, type KeyedQuestion, type RecordedResponse, type Slot } from "./grading";
import { actorFrom, callerId, claimOf, confirmCaller, type Caller } from "./caller";
import {
  canSubmit,
  canWrite,
  decideStart,
  isExpired,
  forViewer,
  reviewLevel,
  type AttemptFacts,
  type GradedItem,
  type ResultForViewer,
  type ReviewLevel,
  type StartRequest,
} from "./policy";

function refuse(r: { code: string; message: string }): never {
  if (r.code === "not_found") throw new AppError("not_found", r.message);
  if (r.code === "conflict") throw new AppError("conflict", r.message);
  throw new AppError("forbidden", r.message);
}

const accommodationsOf = (a: AttemptRecord): Accommodations =>
  a.extraTime === null || a.extensionHours === null || a.largeText === null
    ? NO_ACCOMMODATIONS
    : { extraTime: a.extraTime, extensionHours: a.extensionHours, largeText: a.largeText };

/** The assignment's rules as they apply to this attempt's student (their extension included). */
function rulesOfRecord(a: AttemptRecord): AssignmentRules | null {
  if (!a.assignmentId || a.reviewPolicy === null || a.allowLate === null || a.heldReview === null || a.assignmentFeedback === null) return null;
  return rulesFor(
    {
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      allowLate: a.allowLate,
      attemptLimit: a.attemptLimit,
      reviewPolicy: a.reviewPolicy,
      heldReview: a.heldReview,
      feedback: a.assignmentFeedback,
      timeLimitMinutes: a.timeLimitMinutes,
    },
    accommodationsOf(a),
  );
}

const factsOf = (a: AttemptRecord): AttemptFacts => ({
  userId: a.userId,
  kind: a.kind,
  status: a.status,
  rules: rulesOfRecord(a),
  enrolled: a.inClass,
  deadline: a.deadline,
});

function assertAnswers(slots: Slot[], answers: Record<string, unknown>) {
  const issues = answerIssues(slots, answers);
  if (issues.length) throw new AppError("validation_failed", `Invalid responses: ${issues[0]!.path} — ${issues[0]!.message}`, issues);
}

// An attempt's slots never change after it starts, so their question types can be cached per
// process to validate autosaves without a read. A miss (or another instance) just reads them.
const slotCache = ((globalThis as unknown as { __readcheckSlots?: Map<string, Slot[]> }).__readcheckSlots ??= new Map());
const SLOT_CACHE_MAX = 10_000;

function rememberSlots(attemptId: string, slots: Slot[]) {
  if (slotCache.has(attemptId)) return;
  if (slotCache.size >= SLOT_CACHE_MAX) slotCache.delete(slotCache.keys().next().value!);
  slotCache.set(attemptId, slots);
}

export type StartResult = {
  attemptId: string;
  created: boolean;
  kind: "practice" | "assignment";
  assignmentId: string | null;
  questions: Record<string, unknown>[];
  responses: Record<string, unknown>;
};

/**
 * Starts or resumes the attempt a request leads to (lib/attempts/policy.ts `decideStart`): by
 * assignment, or by quiz — which goes to the student's open assignment of it when there is one.
 */
export async function start(args: { db: Db; request: StartRequest; now?: Date } & Caller): Promise<StartResult> {
  const { db, request, now = new Date() } = args;
  const facts = await getStartFacts({
    db,
    userId: callerId(args),
    claim: claimOf(args),
    ...("assignmentId" in request ? { assignmentId: request.assignmentId } : { quizId: request.quizId }),
  });
  const actor = facts ? actorFrom(args, facts.sessionUser) : await confirmCaller(db, args);
  const assigned = Boolean(facts?.assignments.length);
  if (!facts || !canViewQuiz(actor, facts, { assigned })) {
    throw new AppError("not_found", "assignmentId" in request ? "No such assignment." : "No such quiz.");
  }
  const decision = decideStart({ request, assignments: facts.assignments.map(toStudentAssignment), openPracticeId: facts.openPracticeId, now });
  if ("ok" in decision) refuse(decision);
  if (decision.action === "resume") return resume(db, decision.attemptId);

  const questions =
    "retryOf" in request && request.retryOf && decision.kind === "practice"
      ? await missedQuestions(db, actor, facts.id, request.retryOf)
      : facts.questions.map((q) => ({ id: q.id, question: questionSchema.parse(q.definition) }));
  if (questions.length === 0) throw new AppError("conflict", "This quiz has no questions yet.");
  const id = crypto.randomUUID();
  const slots: AttemptSlot[] = questions.map(({ id: questionId, question }) => ({
    questionId,
    // The view's id is the database id: answers are keyed by it.
    view: { ...toPublicQuestion(question, `${id}:${question.id}`), id: questionId },
  }));
  const assignment = decision.kind === "assignment" ? (decision.assignment as ReturnType<typeof toStudentAssignment>) : null;
  const inserted = await insertAttempt({
    db,
    values: {
      id,
      userId: actor.id,
      quizId: facts.id,
      assignmentId: assignment?.id ?? null,
      kind: decision.kind,
      // A student's own practice checks answers as they go; an assignment as its teacher chose.
      feedback: assignment ? assignment.rules.feedback : "immediate",
      slots,
      startedAt: now,
      deadline: assignment ? deadlineFor(assignment.rules, { extraTime: assignment.extraTime }, now) : null,
    },
  });
  if (inserted) {
    rememberSlots(id, slots);
    return { attemptId: id, created: true, kind: decision.kind, assignmentId: assignment?.id ?? null, questions: slots.map((s) => s.view), responses: {} };
  }
  // Another request (maybe on another instance) started it first: converge on that one.
  const winner = await findOpenAttempt({ db, userId: actor.id, quizId: facts.id, assignmentId: assignment?.id ?? null });
  if (!winner) throw new AppError("conflict", "Could not start the attempt; try again.");
  return resume(db, winner);
}

/** The questions missed in one's own submitted attempt, as that attempt gave them. */
async function missedQuestions(db: Db, actor: Actor, quizId: string, attemptId: string) {
  const a = await getAttemptRecord({ db, id: attemptId, withArticle: false });
  if (!a || a.userId !== actor.id || a.quizId !== quizId || a.status !== "submitted") {
    throw new AppError("not_found", "No such attempt to retry.");
  }
  const missed = new Set(a.recorded.filter((r) => !r.correct).map((r) => r.questionId));
  if (missed.size === 0) throw new AppError("conflict", "You got every question right: there is nothing to retry.");
  const keyed = await getKeyedQuestions({ db, ids: a.slots.map((s) => s.questionId).filter((id) => missed.has(id)) });
  return [...keyed].map(([id, k]) => ({ id, question: k.question }));
}

/** A start's answer over HTTP: the attempt and what to show, never a key. */
export const startResponse = (s: StartResult) => ({
  attemptId: s.attemptId,
  resumed: !s.created,
  kind: s.kind,
  assignmentId: s.assignmentId,
  questions: s.questions,
  responses: s.responses,
});

async function resume(db: Db, attemptId: string): Promise<StartResult> {
  const a = await getAttemptRecord({ db, id: attemptId, withArticle: false });
  if (!a) throw new AppError("conflict", "Could not resume the attempt; try again.");
  rememberSlots(attemptId, a.slots);
  return { attemptId, created: false, kind: a.kind, assignmentId: a.assignmentId, questions: a.slots.map((s) => s.view), responses: a.draft };
}

const toStudentAssignment = (a: StartFacts["assignments"][number]) => ({
  id: a.id,
  className: a.className,
  submittedAttempts: a.submittedAttempts,
  openAttemptId: a.openAttemptId,
  extraTime: a.extraTime,
  rules: rulesFor(
    {
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      allowLate: a.allowLate,
      attemptLimit: a.attemptLimit,
      reviewPolicy: a.reviewPolicy,
      heldReview: a.heldReview,
      feedback: a.feedback,
      timeLimitMinutes: a.timeLimitMinutes,
    },
    { extensionHours: a.extensionHours },
  ),
});


/**
 * The attempt and who is asking, in one statement: a caller's claim is checked in the same read.
 * No attempt (or another's): 404, once the session itself holds.
 */
async function ownAttempt(db: Db, caller: Caller, attemptId: string, withArticle = true) {
  const a = await getAttemptRecord({ db, id: attemptId, withArticle, claim: claimOf(caller) });
  const actor = a ? actorFrom(caller, a.sessionUser) : await confirmCaller(db, caller);
  if (!a || a.userId !== actor.id) throw new AppError("not_found", "No such attempt.");
  return { a, actor };
}

/**
 * Autosave: merges answers into the draft while the attempt may still be changed. With its slots
 * remembered and a claim to check, one statement: the write checks the session itself.
 */
export async function save(args: { db: Db; attemptId: string; answers: Record<string, unknown> } & Caller) {
  const { db, attemptId, answers } = args;
  const userId = callerId(args);
  let slots = slotCache.get(attemptId);
  if (!slots) {
    const { a } = await ownAttempt(db, args, attemptId, false);
    const verdict = canWrite(factsOf(a), userId, new Date());
    if (!verdict.ok) {
      await closeIfExpired(db, a, new Date());
      refuse(verdict);
    }
    slots = a.slots;
    rememberSlots(attemptId, slots);
  }
  if (answerIssues(slots, answers).length) {
    // A closed attempt is a 409 whatever was sent; only an open one has answers worth checking.
    await explainRefusedWrite(db, attemptId, args);
    assertAnswers(slots, answers);
  }
  const saved = await saveDraftIfOpen({ db, id: attemptId, userId, answers, claim: claimOf(args) });
  if (saved?.savedAt) return { savedAt: saved.savedAt };
  await explainRefusedWrite(db, attemptId, args);
  throw new AppError("conflict", "This attempt can no longer be changed.");
}

/** Why a write was refused: signed out (401), not theirs (404), or closed (409 and friends). */
async function explainRefusedWrite(db: Db, attemptId: string, caller: Caller) {
  const { a, actor } = await ownAttempt(db, caller, attemptId);
  const now = new Date();
  const verdict = canWrite(factsOf(a), actor.id, now);
  if (!verdict.ok) {
    await closeIfExpired(db, a, now);
    refuse(verdict);
  }
}

/**
 * A timed attempt past its deadline is submitted with what was saved, as of its deadline —
 * whoever notices first (its student, its teacher's gradebook), browser open or not.
 */
async function closeIfExpired(db: Db, a: AttemptRecord, now: Date): Promise<boolean> {
  if (!isExpired(factsOf(a), now)) return false;
  const keyed = await getKeyedQuestions({ db, ids: a.slots.map((s) => s.questionId) });
  const graded = gradeSlots(a.slots, keyed, a.draft);
  await recordSubmission({
    db,
    id: a.id,
    userId: a.userId,
    draft: a.draft,
    score: graded.score,
    maxScore: graded.maxScore,
    submittedAt: a.deadline!,
    rows: graded.rows,
    newCard: cardAfterMiss(a.deadline!),
    missed: missedForReview(graded.rows, keyed),
  });
  return true;
}

/** Closes every timed attempt that ran out of time, of a class or of a student. */
export async function closeExpired({ db, classId, userId, now = new Date() }: { db: Db; classId?: string; userId?: string; now?: Date }) {
  const expired = await listExpiredAttempts({ db, classId, userId, now });
  for (const { id } of expired) {
    const a = await getAttemptRecord({ db, id });
    if (a) await closeIfExpired(db, a, now);
  }
  return expired.length;
}

/**
 * Immediate feedback: grades one answer now and makes it final. Only for attempts that give
 * feedback as you go (practice, or an assignment set to "immediate"). Checking again returns the
 * same feedback.
 */
export async function check({
  db,
  actor,
  attemptId,
  questionId,
  answer,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  attemptId: string;
  questionId: string;
  answer: unknown;
  now?: Date;
}): Promise<{ feedback: GradedItem; alreadyChecked: boolean }> {
  const a = await getAttemptRecord({ db, id: attemptId });
  if (!a || a.userId !== actor.id) throw new AppError("not_found", "No such attempt.");
  const verdict = canSubmit(factsOf(a), actor.id, now);
  if (!verdict.ok) refuse(verdict);
  if (a.feedback !== "immediate") throw new AppError("conflict", "This attempt shows feedback after you submit it.");
  const slot = a.slots.find((s) => s.questionId === questionId);
  if (!slot) throw new AppError("validation_failed", "Not a question of this attempt.", [{ path: "questionId", message: "not a question of this attempt" }]);
  const keyed = await getKeyedQuestions({ db, ids: [questionId] });
  const key = keyed.get(questionId);
  if (!key) throw new Error(`question ${questionId} has no stored key`);
  if (a.checked.includes(questionId)) {
    return { feedback: checkOne(key, questionId, a.draft[questionId], a.articleText), alreadyChecked: true };
  }
  assertAnswers(a.slots, { [questionId]: answer });
  const marked = await markChecked({ db, id: attemptId, userId: actor.id, questionId, answer: answer ?? null });
  if (!marked) {
    // Raced with another check of the same question or a submit: answer with what was recorded.
    const again = await getAttemptRecord({ db, id: attemptId });
    if (again?.checked.includes(questionId)) {
      return { feedback: checkOne(key, questionId, again.draft[questionId], again.articleText), alreadyChecked: true };
    }
    throw new AppError("conflict", "This attempt can no longer be changed.");
  }
  return { feedback: checkOne(key, questionId, answer, a.articleText), alreadyChecked: false };
}

const missedForReview = (rows: RecordedResponse[], keyed: Map<string, KeyedQuestion>) =>
  rows.filter((r) => !r.correct && keyed.get(r.questionId) && reviewableAlone(keyed.get(r.questionId)!.question)).map((r) => r.questionId);

export type SubmitResult = {
  result: ResultForViewer;
  alreadySubmitted: boolean;
  level: ReviewLevel;
  /** This submit recorded a score an LMS gradebook takes (LTI AGS): send it after answering. */
  passGrade: boolean;
};

/**
 * Grades and records an attempt: one read, one conditional write. A second submit — from this
 * instance or another — finds nothing left to write and answers with the recorded result. A
 * caller's claim is checked in the read.
 */
export async function submit(
  args: { db: Db; attemptId: string; answers: Record<string, unknown>; now?: Date } & Caller,
): Promise<SubmitResult> {
  const { db, attemptId, answers, now = new Date() } = args;
  const own = await ownAttempt(db, args, attemptId);
  const { actor } = own;
  let { a } = own;
  if (await closeIfExpired(db, a, now)) a = (await getAttemptRecord({ db, id: attemptId }))!;
  if (a.status === "submitted") return storedResult(db, a, now, true);
  const verdict = canSubmit(factsOf(a), actor.id, now);
  if (!verdict.ok) refuse(verdict);
  assertAnswers(a.slots, answers);
  const final = finalAnswers(a.draft, answers, a.checked);
  const keyed = await getKeyedQuestions({ db, ids: a.slots.map((s) => s.questionId) });
  const graded = gradeSlots(a.slots, keyed, final);
  const won = await recordSubmission({
    db,
    id: attemptId,
    userId: actor.id,
    draft: final,
    score: graded.score,
    maxScore: graded.maxScore,
    // Within the grace after a deadline, the submit counts as made on time.
    submittedAt: a.deadline && now > a.deadline ? a.deadline : now,
    rows: graded.rows,
    newCard: cardAfterMiss(now),
    missed: missedForReview(graded.rows, keyed),
  });
  if (!won) {
    const again = await getAttemptRecord({ db, id: attemptId });
    if (!again || again.status !== "submitted") throw new AppError("conflict", "This attempt could not be submitted; try again.");
    return storedResult(db, again, now, true);
  }
  const level = reviewLevel(factsOf(a), { teacherOfClass: false }, now);
  const result = buildResult(a.slots, keyed, graded.rows, a.articleText);
  return { result: forViewer(result, level), alreadySubmitted: false, level, passGrade: Boolean(a.gradePassback) };
}

async function storedResult(db: Db, a: AttemptRecord, now: Date, alreadySubmitted: boolean): Promise<SubmitResult> {
  const keyed = await getKeyedQuestions({ db, ids: keyIdsOf(a.slots, a.recorded) });
  const level = reviewLevel(factsOf(a), { teacherOfClass: false }, now);
  return { result: forViewer(buildResult(a.slots, keyed, a.recorded, a.articleText), level), alreadySubmitted, level, passGrade: false };
}

/**
 * An attempt as its viewer may see it: the questions as presented and the saved answers (with
 * feedback on checked questions) while in progress; once submitted, the recorded result cut to
 * the viewer's review level. Readable by its student and by the teacher of its class.
 */
export async function view({ db, actor, attemptId, now = new Date() }: { db: Db; actor: Actor; attemptId: string; now?: Date }) {
  let a = await getAttemptRecord({ db, id: attemptId });
  if (a && (await closeIfExpired(db, a, now))) a = await getAttemptRecord({ db, id: attemptId });
  const teacherOfClass = Boolean(a && actor.role === "teacher" && a.classTeacherId === actor.id);
  if (!a || !canViewAttempt(actor, a, { teacherOfClass })) throw new AppError("not_found", "No such attempt.");
  const facts = factsOf(a);
  if (a.status === "in_progress" && a.userId === actor.id) rememberSlots(a.id, a.slots); // the taking page autosaves next
  const level = reviewLevel(facts, { teacherOfClass }, now);
  const keyed =
    a.status === "submitted" || a.checked.length
      ? await getKeyedQuestions({ db, ids: a.status === "submitted" ? keyIdsOf(a.slots, a.recorded) : a.checked })
      : new Map();
  const result = a.status === "submitted" ? forViewer(buildResult(a.slots, keyed, a.recorded, a.articleText), level) : undefined;
  // Feedback already given on checked questions is shown again on reload.
  const checked: Record<string, GradedItem> = {};
  if (a.status === "in_progress") {
    for (const questionId of a.checked) {
      const key = keyed.get(questionId);
      if (key) checked[questionId] = checkOne(key, questionId, a.draft[questionId], a.articleText);
    }
  }
  return {
    attempt: {
      id: a.id,
      quizId: a.quizId,
      quizTitle: a.quizTitle,
      articleId: a.articleId,
      kind: a.kind,
      feedback: a.feedback,
      assignmentId: a.assignmentId,
      classId: a.classId,
      className: a.className,
      studentName: a.studentName,
      status: a.status,
      score: a.score,
      maxScore: a.maxScore,
      startedAt: a.startedAt.toISOString(),
      savedAt: a.savedAt?.toISOString() ?? null,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      dueAt: a.dueAt?.toISOString() ?? null,
      reviewPolicy: a.reviewPolicy ?? null,
    },
    /** Whether the one asking is the student who made it (a teacher reading it is not). */
    ownedByViewer: a.userId === actor.id,
    /** Whether the owner may still change answers (false once removed from the class, say). */
    writable: canWrite(facts, a.userId, now).ok,
    /** When a timed attempt closes, and the student's larger-text accommodation. */
    deadline: a.deadline?.toISOString() ?? null,
    largeText: accommodationsOf(a).largeText,
    level,
    /** The article beside the questions, read with the attempt (the pages need no second read). */
    article: { id: a.articleId, title: a.articleTitle, source: a.articleSource, publishedOn: a.articlePublishedOn, text: a.articleText },
    questions: a.slots.map((s) => s.view),
    responses: a.draft,
    checked,
    ...(result ? { result } : {}),
  };
}
export type AttemptView = Awaited<ReturnType<typeof view>>;
