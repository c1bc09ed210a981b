/**
 * The attempt service in-process on PGlite: every start path under every review rule, the
 * original leak as a regression test, practice with immediate feedback, and the review queue.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as attempts from "@/lib/attempts/service";
import { deleteAssignment } from "@/lib/db/assignments";
import { removeStudent } from "@/lib/db/classes";
import { getKeyedQuestions } from "@/lib/db/question-keys-cache";
import { quizzes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Question } from "@/lib/quiz/schema";
import { answerReview, countDueReviews, dueReviews } from "@/lib/review/queue";
import { makeAssignment, makeUser, openTestDb } from "./pglite";

let db: Db;
let close: () => Promise<void>;
let servalId: string;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  const [row] = await db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, "serval"));
  servalId = row!.id;
}, 120_000);
afterAll(() => close());

/** A right answer to any question. */
function rightAnswer(q: Question): unknown {
  switch (q.type) {
    case "single":
    case "multiple":
    case "truefalse":
    case "ordering":
    case "matching":
      return q.answer;
    case "numeric":
      return q.answer;
    case "short":
      return q.answer[0];
    case "blank":
      return q.answer.map((a) => a[0]);
    default:
      return (q as { answer: unknown }).answer;
  }
}

async function allRight(attemptQuestions: Record<string, unknown>[]) {
  const keyed = await getKeyedQuestions({ db, ids: attemptQuestions.map((q) => String(q.id)) });
  return Object.fromEntries([...keyed].map(([id, k]) => [id, rightAnswer(k.question)]));
}

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return "ok";
};

/** Does anything in this value carry a key, explanation or evidence? */
const leaks = (value: unknown) => {
  const json = JSON.stringify(value);
  return /"expected"|"explanation"|"evidence"/.test(json);
};
const showsCorrectness = (value: unknown) => /"correct"/.test(JSON.stringify(value));

describe("the original report", () => {
  it("practice on a 'never' assignment reveals nothing, and starting the quiz counts for the assignment", async () => {
    const { student, assignment } = await makeAssignment(db, servalId, { reviewPolicy: "never", attemptLimit: 1 });
    const actor = student;

    // Quizzes → Start: opens the assignment's attempt, not a practice one.
    const started = await attempts.start({ db, actor, request: { quizId: servalId } });
    expect(started.kind).toBe("assignment");
    expect(started.assignmentId).toBe(assignment.id);

    // Explicit practice is refused while the assignment hides its answers.
    expect(await refusal(attempts.start({ db, actor, request: { quizId: servalId, practice: true } }))).toBe("forbidden");

    // A blank submit shows the score only: no key, no explanation, not even right/wrong.
    const submitted = await attempts.submit({ db, actor, attemptId: started.attemptId, answers: {} });
    expect(submitted.level).toBe("score");
    expect(leaks(submitted)).toBe(false);
    expect(showsCorrectness(submitted.result.results)).toBe(false);

    // The one attempt is used; starting again is refused, practice still refused, and the view holds back.
    expect(await refusal(attempts.start({ db, actor, request: { quizId: servalId } }))).toBe("forbidden");
    expect(await refusal(attempts.start({ db, actor, request: { quizId: servalId, practice: true } }))).toBe("forbidden");
    const viewed = await attempts.view({ db, actor, attemptId: started.attemptId });
    expect(leaks(viewed)).toBe(false);
  });
});

type Policy = "after_submit" | "after_due" | "never";
type Membership = "member" | "removed" | "outsider";
type Path = "assignment" | "quiz" | "practice";

const cases: { policy: Policy; when: "before" | "after"; who: Membership; path: Path }[] = [];
for (const policy of ["after_submit", "after_due", "never"] as const)
  for (const when of ["before", "after"] as const)
    for (const who of ["member", "removed", "outsider"] as const)
      for (const path of ["assignment", "quiz", "practice"] as const) cases.push({ policy, when, who, path });

/**
 * What each path leads to, and whether any key reaches the student — both right after submitting
 * and when viewing later. `keys` is true exactly when the policy allows them at that time.
 */
describe("paths × policies: keys appear exactly when the policy allows", () => {
  it.each(cases)("$path start, $policy, $when due, $who", async ({ policy, when, who, path }) => {
    const real = Date.now();
    // The assignment is due a day from now; "after" submits late (late work accepted).
    const { student, assignment, cls } = await makeAssignment(db, servalId, {
      reviewPolicy: policy,
      dueAt: new Date(real + DAY),
      allowLate: true,
    });
    const outsider = await makeUser(db);
    const actor = who === "outsider" ? outsider : student;
    if (who === "removed") await removeStudent({ db, classId: cls.id, userId: student.id });
    const now = new Date(when === "before" ? real : real + 2 * DAY);
    const request = path === "assignment" ? { assignmentId: assignment.id } : { quizId: servalId, practice: path === "practice" };

    const outcome = await refusal(attempts.start({ db, actor, request, now }));
    const member = who === "member";
    // Removed students and outsiders have no assignment: the assignment route is a 404 for them,
    // and the library quiz is plain practice.
    if (path === "assignment" && !member) {
      expect(outcome).toBe("not_found");
      return;
    }
    if (member && path === "practice") {
      // Practice before doing the assignment is always refused (it would show the key).
      expect(outcome).toBe("forbidden");
      return;
    }
    expect(outcome).toBe("ok");
    const started = await attempts.start({ db, actor, request, now });
    expect(started.kind).toBe(member ? "assignment" : "practice");
    expect(leaks(started)).toBe(false);

    const answers = await allRight(started.questions);
    const submitted = await attempts.submit({ db, actor, attemptId: started.attemptId, answers, now });
    const allowed = !member || policy === "after_submit" || (policy === "after_due" && when === "after");
    expect(leaks(submitted)).toBe(allowed);
    expect(submitted.level).toBe(allowed ? "full" : "score");
    const viewed = await attempts.view({ db, actor, attemptId: started.attemptId, now });
    expect(leaks(viewed)).toBe(allowed);
  });
});

describe("review rules", () => {
  it("'which were right' shows correctness without keys until the due date, then everything", async () => {
    const real = Date.now();
    const { student, assignment } = await makeAssignment(db, servalId, { reviewPolicy: "after_due", heldReview: "correctness", dueAt: new Date(real + DAY) });
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    const submitted = await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} });
    expect(submitted.level).toBe("correctness");
    expect(showsCorrectness(submitted.result.results)).toBe(true);
    expect(leaks(submitted)).toBe(false);
    const later = await attempts.view({ db, actor: student, attemptId: started.attemptId, now: new Date(real + 2 * DAY) });
    expect(later.level).toBe("full");
    expect(leaks(later)).toBe(true);
  });

  it("deleting an assignment does not open its attempts' review", async () => {
    const { student, assignment } = await makeAssignment(db, servalId, { reviewPolicy: "never" });
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} });
    await deleteAssignment({ db, id: assignment.id });
    const viewed = await attempts.view({ db, actor: student, attemptId: started.attemptId });
    expect(viewed.attempt.kind).toBe("assignment");
    expect(viewed.level).toBe("score");
    expect(leaks(viewed)).toBe(false);
  });

  it("a student removed from the class cannot save or submit its open attempt", async () => {
    const { student, assignment, cls } = await makeAssignment(db, servalId);
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    await removeStudent({ db, classId: cls.id, userId: student.id });
    const first = String(started.questions[0]!.id);
    expect(await refusal(attempts.save({ db, actor: student, attemptId: started.attemptId, answers: { [first]: null } }))).toBe("forbidden");
    expect(await refusal(attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} }))).toBe("forbidden");
  });

  it("submitting twice grades once and returns the same result", async () => {
    const { student, assignment } = await makeAssignment(db, servalId);
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    const answers = await allRight(started.questions);
    const [a, b] = await Promise.all([
      attempts.submit({ db, actor: student, attemptId: started.attemptId, answers }),
      attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} }),
    ]);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    expect(a.result.score).toBe(b.result.score);
  });
});

describe("practice with immediate feedback", () => {
  it("checks one answer at a time, makes it final, and reveals only that question", async () => {
    const student = await makeUser(db);
    const started = await attempts.start({ db, actor: student, request: { quizId: servalId } });
    expect(started.kind).toBe("practice");
    const keyed = await getKeyedQuestions({ db, ids: started.questions.map((q) => String(q.id)) });
    const [firstId, first] = [...keyed][0]!;
    const checked = await attempts.check({ db, actor: student, attemptId: started.attemptId, questionId: firstId, answer: rightAnswer(first.question) });
    expect(checked.feedback.correct).toBe(true);
    expect(checked.feedback.explanation).toBe(first.explanation);
    // The checked answer is final: a later autosave of it is ignored.
    await attempts.save({ db, actor: student, attemptId: started.attemptId, answers: { [firstId]: null } });
    const viewed = await attempts.view({ db, actor: student, attemptId: started.attemptId });
    expect(viewed.responses[firstId]).toEqual(rightAnswer(first.question));
    expect(Object.keys(viewed.checked)).toEqual([firstId]);
    const submitted = await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} });
    expect(submitted.result.results.find((r) => r.questionId === firstId)).toMatchObject({ correct: true });
  });

  it("an assignment with deferred feedback refuses checks", async () => {
    const { student, assignment } = await makeAssignment(db, servalId);
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    const first = String(started.questions[0]!.id);
    expect(await refusal(attempts.check({ db, actor: student, attemptId: started.attemptId, questionId: first, answer: null }))).toBe("conflict");
  });

  it("'retry the ones I missed' starts a practice of exactly the missed questions", async () => {
    const student = await makeUser(db);
    const started = await attempts.start({ db, actor: student, request: { quizId: servalId } });
    const answers = await allRight(started.questions);
    const missed = [String(started.questions[0]!.id), String(started.questions[1]!.id)];
    for (const id of missed) delete answers[id];
    await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers });
    const retry = await attempts.start({ db, actor: student, request: { quizId: servalId, practice: true, retryOf: started.attemptId } });
    expect(retry.questions.map((q) => String(q.id)).sort()).toEqual([...missed].sort());
  });
});

describe("spaced review", () => {
  it("brings back a missed question after its interval, pushes it out when answered right", async () => {
    const student = await makeUser(db);
    const t0 = new Date();
    const started = await attempts.start({ db, actor: student, request: { quizId: servalId }, now: t0 });
    const answers = await allRight(started.questions);
    const missedId = String(started.questions[0]!.id);
    delete answers[missedId];
    await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers, now: t0 });

    // Not due at once; due after the scheduled interval (one day for a first miss).
    expect(await countDueReviews({ db, actor: student, now: t0 })).toBe(0);
    const t1 = new Date(t0.getTime() + DAY + 1000);
    const due = await dueReviews({ db, actor: student, now: t1 });
    expect(due.map((r) => r.questionId)).toEqual([missedId]);
    expect(leaks(due)).toBe(false);
    expect(due[0]!.context.length).toBeGreaterThan(0);

    const keyed = await getKeyedQuestions({ db, ids: [missedId] });
    const answered = await answerReview({ db, actor: student, questionId: missedId, answer: rightAnswer(keyed.get(missedId)!.question), now: t1 });
    expect(answered.feedback.correct).toBe(true);
    expect(new Date(answered.nextDue).getTime()).toBeGreaterThan(t1.getTime() + DAY);
    expect(await countDueReviews({ db, actor: student, now: new Date(t1.getTime() + DAY) })).toBe(0);
    expect(await countDueReviews({ db, actor: student, now: new Date(answered.nextDue) })).toBe(1);
  });

  it("holds back questions missed in an assignment whose review is shut", async () => {
    const { student, assignment } = await makeAssignment(db, servalId, { reviewPolicy: "never" });
    const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
    await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} });
    const later = new Date(Date.now() + 30 * DAY);
    expect(await countDueReviews({ db, actor: student, now: later })).toBe(0);
    expect(await dueReviews({ db, actor: student, now: later })).toEqual([]);
  });
});
